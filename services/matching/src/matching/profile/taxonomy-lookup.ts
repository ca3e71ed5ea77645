import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { TaxonomyLookup } from '../model/types.ts';
import { createReader } from './reader/reader.ts';

/**
 * The engine's reader of free text: the curated lexicon over all of ESCO (profile/reader/). One per
 * taxonomy; the service, the tests and the benchmarks share it.
 */
export function createTaxonomyLookup(taxonomy: Taxonomy): TaxonomyLookup {
  return createReader(taxonomy);
}
