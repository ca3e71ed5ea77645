/** JSON with object keys sorted, so two records that hold the same data compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * Whether a stored record already holds what an import brings. Version and change time are bookkeeping and do
 * not count: an unchanged record is not written again, so a repeated import changes nothing (no new version,
 * no outbox row, no audit row).
 */
export function sameRecord<T extends { version: number; updatedAt: string }>(stored: T, incoming: T): boolean {
  const strip = ({ version: _v, updatedAt: _u, ...rest }: T) => rest;
  return canonical(strip(stored)) === canonical(strip(incoming));
}
