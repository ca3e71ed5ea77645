/**
 * Text normalisation shared by indexing and querying in the search engine and by the matching
 * engine's taxonomy lookup, so every side folds text identically: lower-case, Unicode NFD with
 * combining marks removed ("cliënten" -> "clienten", "één" -> "een"), split on anything that is not
 * a letter or digit. Digits are kept as tokens.
 */

const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING_MARKS = /\p{M}+/gu;
// The ASCII splitter is several times faster than the Unicode property one,
// and almost all indexed text is plain ASCII after lower-casing.
const SPLIT_ASCII = /[^a-z0-9]+/;
const SPLIT_UNICODE = /[^\p{L}\p{N}]+/u;
const TRAILING_SEPARATOR_ASCII = /[^a-z0-9]$/;
const TRAILING_SEPARATOR_UNICODE = /[^\p{L}\p{N}]$/u;

/** Tokens longer than this are dropped: they are ids, URLs or garbage, never query words. */
export const MAX_TOKEN_LENGTH = 64;

/** Lower-case and strip diacritics; keeps separators. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '');
}

function splitFolded(folded: string, out: string[]): string[] {
  const parts = folded.split(NON_ASCII.test(folded) ? SPLIT_UNICODE : SPLIT_ASCII);
  for (const part of parts) {
    if (part.length > 0 && part.length <= MAX_TOKEN_LENGTH) out.push(part);
  }
  return out;
}

/** Folded tokens of a text, in order, duplicates kept. */
export function tokenize(text: string, out: string[] = []): string[] {
  return splitFolded(foldText(text), out);
}

/** The tokens joined by single spaces: "Cliënten  HELPEN!" -> "clienten helpen". */
export function normalise(text: string): string {
  return tokenize(text).join(' ');
}

/** Tokens of a string or string[] field value; other value types yield nothing. */
export function tokenizeValue(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') return tokenize(value, out);
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'string') tokenize(item, out);
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    tokenize(String(value), out);
  }
  return out;
}

export interface QueryTokens {
  words: string[];
  /**
   * True when the user is still typing the last word (no trailing separator):
   * like Meilisearch, only then is the last word also matched as a prefix.
   */
  lastIsPrefix: boolean;
}

export function tokenizeQuery(q: string): QueryTokens {
  const folded = foldText(q);
  const words = splitFolded(folded, []);
  const trailing = NON_ASCII.test(folded) ? TRAILING_SEPARATOR_UNICODE : TRAILING_SEPARATOR_ASCII;
  return { words, lastIsPrefix: words.length > 0 && !trailing.test(folded) };
}
