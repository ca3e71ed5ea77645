/**
 * Writes documents into the slot arrays, postings and columns. Replacing a
 * document appends a fresh slot and tombstones the old one: no posting is
 * ever rewritten on update, which keeps upserts proportional to the size of
 * the documents written, not of the index.
 */

import { clearBit, growBitset, hasBit, setBit } from './bitset.ts';
import type { EngineState } from './engine-state.ts';
import { growTyped } from './int-list.ts';
import { FIELD_BITS, MAX_SLOTS } from './term-index.ts';

// Imported bindings compile to getter calls under tsx/vitest, which is
// expensive in per-character/per-posting loops: copy them to locals.
const SHIFT = FIELD_BITS;
const SEED = HASH_SEED;
const PRIME = HASH_PRIME;
const MAX_LEN = MAX_TOKEN_LENGTH;
import { HASH_PRIME, HASH_SEED } from './term-table.ts';
import { MAX_TOKEN_LENGTH, tokenize } from './tokenize.ts';

/**
 * Per-term scratch used while indexing one document: termMark[id] holds the
 * marker of the last document that contained the term, termMask its fields.
 * Markers come from a global counter (not the slot) so engines sharing this
 * module never see each other's marks.
 */
let marker = 0;
let termMark = new Int32Array(1024);
let termMask = new Uint8Array(1024);
const touched: number[] = [];
/** 1 for ASCII characters that belong to a token (after lower-casing: a-z, 0-9). */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;

export function primaryKeyOf(state: EngineState, doc: Record<string, unknown>): string {
  const raw = doc[state.schema.primaryKey];
  if (typeof raw === 'string' && raw !== '') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  throw new Error(`Document is missing a string primary key \`${state.schema.primaryKey}\``);
}

function ensureCapacity(state: EngineState, needed: number): void {
  if (needed <= state.capacity) return;
  if (needed > MAX_SLOTS) throw new Error(`Index is full (${MAX_SLOTS} slots)`);
  const capacity = Math.min(MAX_SLOTS, Math.max(needed, 1024, Math.ceil(state.capacity * 1.5)));
  state.alive = growBitset(state.alive, capacity);
  state.seq = growTyped(state.seq, capacity, 0);
  for (const column of state.columns.values()) column.grow(capacity);
  state.geo?.grow(capacity);
  state.matcher.ensureCapacity(capacity);
  state.capacity = capacity;
}

export function killSlot(state: EngineState, slot: number): void {
  if (!hasBit(state.alive, slot)) return;
  clearBit(state.alive, slot);
  state.docs[slot] = undefined;
  state.dead++;
}

export function writeDocs(state: EngineState, docs: readonly Record<string, unknown>[]): void {
  ensureCapacity(state, state.slots + docs.length);
  for (const doc of docs) {
    const pk = primaryKeyOf(state, doc);
    const old = state.slotOf.get(pk);
    let seq: number;
    if (old !== undefined) {
      seq = state.seq[old] as number;
      killSlot(state, old);
    } else {
      seq = state.nextSeq++;
    }
    const slot = state.slots++;
    state.docs[slot] = doc;
    state.pks[slot] = pk;
    state.seq[slot] = seq;
    setBit(state.alive, slot);
    state.slotOf.set(pk, slot);
    indexText(state, slot, doc);
    for (const [field, column] of state.columns) column.set(slot, doc[field]);
    if (state.geo && state.schema.geoField) state.geo.set(slot, doc[state.schema.geoField]);
  }
}

function indexText(state: EngineState, slot: number, doc: Record<string, unknown>): void {
  if (++marker > 0x7ffffff0) {
    termMark.fill(0);
    marker = 1;
  }
  touched.length = 0;
  const fields = state.schema.searchable;
  for (let f = 0; f < fields.length; f++) {
    const value = doc[(fields[f] as { field: string }).field];
    if (typeof value === 'string') scanText(state, value, 1 << f);
    else if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'string') scanText(state, item, 1 << f);
    } else if (typeof value === 'number' && Number.isFinite(value)) scanText(state, String(value), 1 << f);
  }
  const dict = state.dict;
  for (const id of touched) dict.append(id, (slot << SHIFT) | (termMask[id] as number));
}

/**
 * Same tokens as tokenize() (a test asserts it), without allocating them: ASCII
 * runs of [a-z0-9] are hashed while scanning and looked up as slices; a run
 * containing any non-ASCII character takes the exact slow path (NFD folding).
 */
function scanText(state: EngineState, text: string, bit: number): void {
  const s = text.toLowerCase();
  const n = s.length;
  const dict = state.dict;
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
      if (i - start <= MAX_LEN) touch(state, dict.getOrAddSlice(s, start, i, h), bit);
    } else {
      for (const token of tokenize(s.slice(start, i))) touch(state, dict.getOrAdd(token), bit);
    }
  }
}

function touch(state: EngineState, id: number, bit: number): void {
  if (state.stopWords.size > 0 && state.stopWords.has(state.dict.terms[id] as string)) return;
  if (id >= termMark.length) {
    termMark = growTyped(termMark, id + 1, 0);
    termMask = growTyped(termMask, id + 1, 0);
  }
  if (termMark[id] !== marker) {
    termMark[id] = marker;
    termMask[id] = bit;
    touched.push(id);
  } else {
    termMask[id]! |= bit;
  }
}
