/**
 * Embedded, in-process search engine that behaves like the production
 * Meilisearch index (typo tolerance, prefix search on the last word,
 * synonyms, ranking rules, filters, facets, geo, sort) without a server.
 *
 * The package's entry (`@werkbrug/search-engine`); its public types are in
 * schema.ts (`/schema`) and the engine-neutral query vocabulary, which the
 * Meilisearch adapter speaks too, in query.ts (`/query`).
 *
 * Module map (src/):
 *   schema.ts / query.ts           public types; filters and sorts as data
 *   token-scan.ts                  allocation-free indexing scan (folding,
 *                                  stems, edit distance and top-k come from
 *                                  @werkbrug/text; distances from shared geo)
 *   term-index.ts / term-table.ts  dictionary + packed postings
 *   posting-batch.ts               a write's postings grouped per term
 *   sorted-views.ts                sorted term runs for prefix/typo lookups
 *   typo.ts / fuzzy-walk.ts        Meilisearch typo rules, candidate lookup
 *   query-plan.ts / synonyms.ts    query words -> candidate terms
 *   ranking.ts / text-match.ts     ranking model, scoring over postings
 *   block-scan.ts                  broad one-word searches: blocks scored
 *                                  best bound first, early stop (estimated total)
 *   columns.ts / filter-eval.ts    typed columns, filter bitsets
 *   facets.ts / geo.ts             facets, geo column
 *   doc-writer.ts / compaction.ts  upserts with tombstones, compaction
 *   search-exec.ts                 one search end to end, page selection
 * Tests and their brute-force oracles (filter-reference.ts, typo-reference.ts)
 * are in test/, the benchmark against a linear scan and MiniSearch in bench/.
 */

import { compact, maybeCompact } from './compaction.ts';
import { killSlot, writeDocs } from './doc-writer.ts';
import { createState, type EngineState } from './engine-state.ts';
import type { EngineSchema, SearchEngine, SearchRequest, SearchResult } from './schema.ts';
import { executeSearch } from './search-exec.ts';
import { MAX_SLOTS } from './term-index.ts';

export function createSearchEngine<D extends Record<string, unknown>>(schema: EngineSchema): SearchEngine<D> {
  let state: EngineState = createState(schema);

  return {
    upsert(docs: D[]): void {
      if (docs.length === 0) return;
      // Slot numbers are bounded by the posting layout: reclaim tombstones first if needed.
      if (state.slots + docs.length > MAX_SLOTS && state.dead > 0) compact(state);
      writeDocs(state, docs);
      maybeCompact(state);
    },

    remove(ids: string[]): void {
      for (const id of ids) {
        const slot = state.slotOf.get(id);
        if (slot === undefined) continue;
        killSlot(state, slot);
        state.slotOf.delete(id);
      }
      maybeCompact(state);
    },

    get(id: string): D | undefined {
      const slot = state.slotOf.get(id);
      return slot === undefined ? undefined : (state.docs[slot] as D);
    },

    ids(): string[] {
      return [...state.slotOf.keys()];
    },

    size(): number {
      return state.slotOf.size;
    },

    search(req: SearchRequest): SearchResult<D> {
      return executeSearch<D>(state, req);
    },

    trim(): void {
      state.dict.trim();
    },

    clear(): void {
      state = createState(schema);
    },

    stats() {
      return {
        live: state.slotOf.size,
        slots: state.slots,
        dead: state.dead,
        terms: state.dict.size,
        compactions: state.compactions,
      };
    },
  };
}
