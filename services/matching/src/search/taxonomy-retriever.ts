import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createSearchEngine } from '@werkbrug/search-engine';
import { engineSchema } from './embedded-index.ts';
import { occupationIndex, skillIndex } from './settings.ts';
import { occupationDocuments, skillDocuments } from './taxonomy-documents.ts';
import type { CandidateRetriever } from '../matching/profile/taxonomy-lookup.ts';

/**
 * Finds taxonomy candidates for free text through the embedded search engine (typos, prefixes,
 * Dutch synonyms and stems, as in autocomplete). The matching engine's resolver then scores these
 * candidates with its calibrated label scores, so "accept" and "suggest" keep fixed thresholds.
 */
export function createTaxonomyRetriever(taxonomy: Taxonomy, candidates = 40): CandidateRetriever {
  const skills = createSearchEngine<ReturnType<typeof skillDocuments>[number]>(engineSchema(skillIndex));
  const occupations = createSearchEngine<ReturnType<typeof occupationDocuments>[number]>(engineSchema(occupationIndex));
  skills.upsert(skillDocuments(taxonomy));
  occupations.upsert(occupationDocuments(taxonomy));
  const find = (engine: typeof skills | typeof occupations, text: string) =>
    new Set(engine.search({ q: text.slice(0, 200), limit: candidates }).hits.map((h) => h.doc.uri));
  return {
    skills: (text) => find(skills, text),
    occupations: (text) => find(occupations, text),
  };
}
