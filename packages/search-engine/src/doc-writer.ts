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
import { forEachTermId } from './token-scan.ts';

// Imported bindings compile to getter calls under tsx/vitest: copy to a local
// for the per-posting loop.
const SHIFT = FIELD_BITS;

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
/** The batch's postings as (term, posting) pairs, written to the dictionary at the end of writeDocs. */
let batchTerms = new Int32Array(4096);
let batchPostings = new Int32Array(4096);
let batchSize = 0;

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

/** What the engine keeps of a document once it is indexed (schema.storedFields). */
function stored(state: EngineState, doc: Record<string, unknown>): Record<string, unknown> {
  const fields = state.schema.storedFields;
  if (!fields) return doc;
  const kept: Record<string, unknown> = {};
  for (const field of fields) if (doc[field] !== undefined) kept[field] = doc[field];
  return kept;
}

export function killSlot(state: EngineState, slot: number): void {
  if (!hasBit(state.alive, slot)) return;
  clearBit(state.alive, slot);
  state.docs[slot] = undefined;
  state.dead++;
}

export function writeDocs(state: EngineState, docs: readonly Record<string, unknown>[]): void {
  // Validate the whole batch first so a bad document cannot leave it half applied.
  const pks = docs.map((doc) => primaryKeyOf(state, doc));
  ensureCapacity(state, state.slots + docs.length);
  state.seqOrdered = -1;
  batchSize = 0; // nothing left over from a batch that threw
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i] as Record<string, unknown>;
    const pk = pks[i] as string;
    const old = state.slotOf.get(pk);
    let seq: number;
    if (old !== undefined) {
      seq = state.seq[old] as number;
      killSlot(state, old);
    } else {
      seq = state.nextSeq++;
    }
    const slot = state.slots++;
    state.docs[slot] = stored(state, doc);
    state.pks[slot] = pk;
    state.seq[slot] = seq;
    setBit(state.alive, slot);
    state.slotOf.set(pk, slot);
    indexText(state, slot, doc);
    for (const [field, column] of state.columns) column.set(slot, doc[field]);
    if (state.geo && state.schema.geoField) state.geo.set(slot, doc[state.schema.geoField]);
    // Flushed every few thousand documents, so the scratch stays a few MB however big the batch.
    if (batchSize >= FLUSH_AT) flushPostings(state);
  }
  flushPostings(state);
}

const FLUSH_AT = 1 << 20;

function flushPostings(state: EngineState): void {
  if (batchSize > 0) state.dict.appendBatch(batchTerms, batchPostings, batchSize);
  batchSize = 0;
}

function indexText(state: EngineState, slot: number, doc: Record<string, unknown>): void {
  if (++marker > 0x7ffffff0) {
    termMark.fill(0);
    marker = 1;
  }
  touched.length = 0;
  current = state;
  const { dict, schema } = state;
  const fields = schema.searchable;
  for (let f = 0; f < fields.length; f++) {
    const value = doc[(fields[f] as { field: string }).field];
    currentBit = 1 << f;
    if (typeof value === 'string') forEachTermId(value, dict, touch);
    else if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'string') forEachTermId(item, dict, touch);
    } else if (typeof value === 'number' && Number.isFinite(value)) forEachTermId(String(value), dict, touch);
  }
  if (batchSize + touched.length > batchTerms.length) {
    batchTerms = growTyped(batchTerms, batchSize + touched.length, 0);
    batchPostings = growTyped(batchPostings, batchSize + touched.length, 0);
  }
  for (const id of touched) {
    batchTerms[batchSize] = id;
    batchPostings[batchSize++] = (slot << SHIFT) | (termMask[id] as number);
  }
}

// The visitor is one module-level function (monomorphic, so it inlines into
// the scanner) reading the document being indexed from these two variables.
let current: EngineState | undefined;
let currentBit = 0;

function touch(id: number): void {
  const state = current as EngineState;
  if (state.stopWords.size > 0 && state.stopWords.has(state.dict.terms[id] as string)) return;
  if (id >= termMark.length) {
    termMark = growTyped(termMark, id + 1, 0);
    termMask = growTyped(termMask, id + 1, 0);
  }
  if (termMark[id] !== marker) {
    termMark[id] = marker;
    termMask[id] = currentBit;
    touched.push(id);
  } else {
    termMask[id]! |= currentBit;
  }
}
