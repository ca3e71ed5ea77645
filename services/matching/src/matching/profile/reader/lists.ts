/**
 * Several skills typed in one field ("kassa en klantcontact", "lassen, slijpen", "heftruck/reachtruck"):
 * the parts, when the text holds a list; undefined otherwise. Only used when the whole text is not read,
 * and only taken when every part is read, so "in- en verkoop" or "onderhoud en reparatie" as one skill
 * are never torn apart into guesses.
 */
const separator = /\s*(?:,|;|\/|\+|&|\s(?:en|and|of)\s)\s*/i;

export function listParts(text: string): string[] | undefined {
  const parts = text
    .split(separator)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts : undefined;
}
