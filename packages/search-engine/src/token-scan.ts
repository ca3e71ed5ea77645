/**
 * Indexing-time tokenizer: yields the same tokens as tokenize() (a property
 * test asserts it) as dictionary ids, without allocating them. ASCII runs of
 * [a-z0-9] are hashed while scanning and looked up as slices of the text; a
 * run containing any non-ASCII character takes the exact slow path (NFD
 * folding via tokenize). Only new terms ever become strings.
 *
 * A text that is all ASCII (nearly every one) is not lower-cased first: the
 * scan folds A-Z as it goes, which saves a copy of every description and its
 * garbage. Any other text is lower-cased whole as before, because Unicode
 * lower-casing can depend on the neighbouring characters (final sigma).
 */

import type { TermIndex } from './term-index.ts';
import { HASH_PRIME, HASH_SEED } from './term-table.ts';
import { MAX_TOKEN_LENGTH, tokenize } from '@werkbrug/text/tokenize';

// Imported bindings compile to getter calls under tsx/vitest: copy to locals
// for the per-character loop.
const SEED = HASH_SEED;
const PRIME = HASH_PRIME;
const MAX_LEN = MAX_TOKEN_LENGTH;

/** 1 for ASCII characters that belong to a token (after lower-casing: a-z, 0-9). */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-cased code of an ASCII character that belongs to a token (a-z, 0-9, A-Z folded), else 0. */
const WORD_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_LOWER[c] = WORD_CHAR[c] ? c : c >= 65 && c <= 90 ? c + 32 : 0;

export function forEachTermId(text: string, dict: TermIndex, visit: (id: number) => void): void {
  if (NON_ASCII.test(text)) scanLowerCased(text.toLowerCase(), dict, visit);
  else scanAscii(text, dict, visit);
}

function scanAscii(s: string, dict: TermIndex, visit: (id: number) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    let c = WORD_LOWER[s.charCodeAt(i)] as number;
    if (c === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = SEED;
    for (; i < n; i++) {
      c = WORD_LOWER[s.charCodeAt(i)] as number;
      if (c === 0) break;
      h = Math.imul(h ^ c, PRIME);
    }
    if (i - start <= MAX_LEN) visit(dict.getOrAddAsciiSlice(s, start, i, h));
  }
}

function scanLowerCased(s: string, dict: TermIndex, visit: (id: number) => void): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    let c = s.charCodeAt(i);
    if (c < 128 && WORD_CHAR[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = SEED;
    let ascii = true;
    for (; i < n; i++) {
      c = s.charCodeAt(i);
      if (c < 128) {
        if (WORD_CHAR[c] === 0) break;
        h = Math.imul(h ^ c, PRIME);
      } else ascii = false;
    }
    if (ascii) {
      if (i - start <= MAX_LEN) visit(dict.getOrAddSlice(s, start, i, h));
    } else {
      for (const token of tokenize(s.slice(start, i))) visit(dict.getOrAdd(token));
    }
  }
}
