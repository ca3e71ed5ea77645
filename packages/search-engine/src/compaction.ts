/**
 * Reclaims dead slots once they exceed a quarter of all slots. Live slots keep
 * their relative order (so postings stay sorted) and every structure is
 * remapped in place; nothing is re-tokenised, so compacting 100k documents
 * costs a pass over the postings rather than a rebuild.
 */

import { hasBit, newBitset } from './bitset.ts';
import type { EngineState } from './engine-state.ts';

export const DEAD_RATIO = 0.25;

export function maybeCompact(state: EngineState): void {
  if (state.dead > 0 && state.dead > state.slots * DEAD_RATIO) compact(state);
}

export function compact(state: EngineState): void {
  const old = state.slots;
  const remap = new Int32Array(old).fill(-1);
  let live = 0;
  for (let s = 0; s < old; s++) if (hasBit(state.alive, s)) remap[s] = live++;

  state.dict.compact(remap);
  for (const column of state.columns.values()) column.compact(remap, live);
  state.geo?.compact(remap, live);

  const docs: unknown[] = new Array<unknown>(live);
  const pks: string[] = new Array<string>(live);
  const seq = new Float64Array(state.capacity);
  for (let s = 0; s < old; s++) {
    const to = remap[s] as number;
    if (to < 0) continue;
    docs[to] = state.docs[s];
    pks[to] = state.pks[s] as string;
    seq[to] = state.seq[s] as number;
  }
  state.docs = docs;
  state.pks = pks;
  state.seq = seq;
  state.seqOrdered = -1;
  // Map.set on an existing key keeps its position, so ids() order survives.
  for (const [pk, slot] of state.slotOf) state.slotOf.set(pk, remap[slot] as number);

  const alive = newBitset(state.capacity);
  const words = live >>> 5;
  alive.fill(0xffffffff, 0, words);
  if (live & 31) alive[words] = (1 << (live & 31)) - 1;
  state.alive = alive;
  state.slots = live;
  state.dead = 0;
  state.compactions++;
}
