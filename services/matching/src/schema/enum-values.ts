/**
 * GraphQL enum values from a list of domain values: `werk-naar-werk` becomes `WERK_NAAR_WERK`,
 * `contractType` becomes `CONTRACT_TYPE`, each with a description (the schema test requires one).
 */
export function enumValues<T extends string>(
  values: readonly T[],
  describe: (value: T) => string,
): Record<string, { value: T; description: string }> {
  return Object.fromEntries(
    values.map((value) => [
      value
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .replace(/-/g, '_')
        .toUpperCase(),
      { value, description: describe(value) },
    ]),
  );
}
