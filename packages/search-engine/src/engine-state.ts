/**
 * Mutable state shared by the engine modules. Everything per document lives
 * in slot-indexed arrays; a replaced or removed document leaves a dead slot
 * (tombstone) that is reclaimed by compaction.
 */

import { type Bitset, newBitset } from './bitset.ts';
import { BooleanColumn, type Column, KeywordColumn, KeywordsColumn, NumberColumn } from './columns.ts';
import { GeoColumn } from './geo.ts';
import type { EngineSchema } from './schema.ts';
import { SynonymIndex } from './synonyms.ts';
import { TermIndex } from './term-index.ts';
import { TextMatcher } from './text-match.ts';
import { tokenize } from '@werkbrug/text/tokenize';
import { ATTRIBUTE_WEIGHT, MAX_ATTRIBUTE } from './ranking.ts';
import { FIELD_BITS } from './term-index.ts';

export interface EngineState {
  readonly schema: EngineSchema;
  readonly dict: TermIndex;
  readonly synonyms: SynonymIndex;
  readonly stopWords: ReadonlySet<string>;
  /** field mask -> best attribute score (already x ATTRIBUTE_WEIGHT) */
  readonly attr: Int32Array;
  /** filterable fields, plus sortable numeric fields */
  readonly columns: Map<string, Column>;
  readonly geo: GeoColumn | undefined;
  readonly matcher: TextMatcher;
  /** slots in use (live + dead) */
  slots: number;
  capacity: number;
  dead: number;
  alive: Bitset;
  docs: unknown[];
  pks: string[];
  /** first-insertion sequence per slot; kept across replacement (Meilisearch keeps the internal id) */
  seq: Float64Array;
  /** slots [0, seqOrdered) are in seq order (block-scan.ts); -1 = unknown after writes */
  seqOrdered: number;
  nextSeq: number;
  slotOf: Map<string, number>;
  compactions: number;
}

export function createState(schema: EngineSchema): EngineState {
  if (schema.searchable.length > FIELD_BITS) {
    throw new Error(`At most ${FIELD_BITS} searchable fields are supported (field masks are ${FIELD_BITS} bits)`);
  }
  const columns = new Map<string, Column>();
  for (const { field, kind } of schema.filterable) {
    columns.set(
      field,
      kind === 'number'
        ? new NumberColumn()
        : kind === 'boolean'
          ? new BooleanColumn()
          : kind === 'keyword'
            ? new KeywordColumn()
            : new KeywordsColumn(),
    );
  }
  for (const field of schema.sortable) {
    const existing = columns.get(field);
    if (existing && existing.kind !== 'number') throw new Error(`Sortable field \`${field}\` must be numeric`);
    if (!existing) columns.set(field, new NumberColumn());
  }
  return {
    schema,
    dict: new TermIndex(),
    synonyms: new SynonymIndex(schema.synonyms),
    stopWords: new Set((schema.stopWords ?? []).flatMap((w) => tokenize(w))),
    attr: attributeTable(schema),
    columns,
    geo: schema.geoField ? new GeoColumn() : undefined,
    matcher: new TextMatcher(),
    slots: 0,
    capacity: 0,
    dead: 0,
    alive: newBitset(0),
    docs: [],
    pks: [],
    seq: new Float64Array(0),
    seqOrdered: -1,
    nextSeq: 0,
    slotOf: new Map(),
    compactions: 0,
  };
}

/**
 * Attribute score per field mask: the best field's weight scaled to 1..99.
 * Weights (not only order) are kept so heavier fields add up across words.
 */
function attributeTable(schema: EngineSchema): Int32Array {
  const weights = schema.searchable.map((s) => s.weight);
  const max = Math.max(1e-9, ...weights);
  const table = new Int32Array(1 << FIELD_BITS);
  for (let mask = 1; mask < table.length; mask++) {
    let best = 0;
    for (let f = 0; f < weights.length; f++) {
      if (mask & (1 << f))
        best = Math.max(best, Math.max(1, Math.round((MAX_ATTRIBUTE * (weights[f] as number)) / max)));
    }
    table[mask] = best * ATTRIBUTE_WEIGHT;
  }
  return table;
}
