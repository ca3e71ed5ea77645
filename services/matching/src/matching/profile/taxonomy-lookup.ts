import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { LookupHit, TaxonomyLookup } from '../model/types.ts';
import { damerauDistance, typoBudget } from '@werkbrug/text/damerau';
import { stopwords } from '@werkbrug/text/terms';
import { normalise } from '@werkbrug/text/tokenize';
import { lookup as cfg } from '../weights.ts';

/**
 * A small, real taxonomy lookup over the labels, Dutch synonyms and English alternative labels the
 * taxonomy ships with. The service replaces it with one over the search engine; this one keeps the
 * engine usable (and testable) on its own. A linear scan is fine: it runs once per typed term.
 */

interface Entry {
  uri: string;
  text: string;
  tokens: string[];
  /** How much a hit on this label counts: the preferred label over synonyms over English variants. */
  weight: number;
}

function entry(uri: string, label: string, weight: number): Entry | undefined {
  const text = normalise(label);
  if (text.length === 0) return undefined;
  return { uri, text, tokens: text.split(' ').filter((t) => !stopwords.has(t)), weight };
}

function compact<T>(items: (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}

function tokenScore(queryToken: string, labelTokens: readonly string[], last: boolean): number {
  let best = 0;
  const edits = typoBudget(queryToken.length);
  for (const lt of labelTokens) {
    if (lt === queryToken) return 1;
    // One typo costs less than two: "pleisteren" must not beat an exact "luisteren".
    const d = edits > 0 ? damerauDistance(queryToken, lt, edits) : edits + 1;
    if (d <= edits) best = Math.max(best, d === 1 ? cfg.wordOneTypo : cfg.wordTwoTypos);
    // Prefix only for the last word: that is the one still being typed.
    else if (last && queryToken.length >= cfg.prefixMinLength && lt.startsWith(queryToken))
      best = Math.max(best, cfg.wordPrefix);
  }
  return best;
}

/** Score of one label for a normalised query, 0..1. */
function scoreEntry(query: string, queryTokens: readonly string[], e: Entry): number {
  if (e.text === query) return e.weight;
  let score = 0;
  const edits = typoBudget(query.length);
  if (edits > 0) {
    const d = damerauDistance(query, e.text, edits);
    if (d <= edits) score = d === 1 ? cfg.wholeOneTypo : cfg.wholeTwoTypos;
  }
  if (query.length >= cfg.prefixMinLength && e.text.startsWith(query)) {
    score = Math.max(score, cfg.prefixBase + cfg.prefixShare * (query.length / e.text.length));
  }
  if (queryTokens.length > 0 && e.tokens.length > 0) {
    let sum = 0;
    let matched = 0;
    queryTokens.forEach((qt, i) => {
      const s = tokenScore(qt, e.tokens, i === queryTokens.length - 1);
      sum += s;
      if (s > 0) matched++;
    });
    const labelCoverage = Math.min(1, matched / e.tokens.length);
    if (matched === queryTokens.length)
      score = Math.max(score, (sum / queryTokens.length) * (cfg.allWordsBase + cfg.allWordsCoverage * labelCoverage));
    else if (matched * 2 >= queryTokens.length)
      score = Math.max(score, (sum / queryTokens.length) * cfg.halfWordsShare * labelCoverage);
  }
  return score * e.weight;
}

/**
 * Many Dutch synonyms are shared ("hygiëne" is a synonym of five skills). Among equal hits, prefer
 * the skill whose own label has the word, then the broader skill (transversal over
 * occupation-specific): a tie-break of at most 0.05, never enough to beat a better match.
 */
const reuseRank: Record<string, number> = {
  transversal: 3,
  'cross-sector': 2,
  'sector-specific': 1,
  'occupation-specific': 0,
};

function prior(
  labelTokens: readonly string[] | undefined,
  reuse: string | undefined,
  queryTokens: readonly string[],
): number {
  const inLabel = labelTokens !== undefined && queryTokens.some((t) => labelTokens.includes(t)) ? cfg.inLabelPrior : 0;
  return inLabel + cfg.reusePrior * (reuseRank[reuse ?? ''] ?? 0);
}

interface Side {
  entries: readonly Entry[];
  labelOf: (uri: string) => string;
  labelTokens: ReadonlyMap<string, readonly string[]>;
  reuseOf: (uri: string) => string | undefined;
}

function search(side: Side, text: string, limit: number, candidates?: ReadonlySet<string>): LookupHit[] {
  const { entries, labelOf } = side;
  const query = normalise(text);
  if (query.length === 0 || limit <= 0) return [];
  const queryTokens = query.split(' ').filter((t) => !stopwords.has(t));
  const best = new Map<string, number>();
  for (const e of entries) {
    if (candidates && !candidates.has(e.uri)) continue;
    const s = scoreEntry(query, queryTokens, e);
    if (s > 0 && s > (best.get(e.uri) ?? 0)) best.set(e.uri, s);
  }
  return [...best]
    .map(([uri, score]) => ({
      uri,
      score: Math.min(1, score + prior(side.labelTokens.get(uri), side.reuseOf(uri), queryTokens)),
    }))
    .map(({ uri, score }) => ({ uri, score: Math.round(score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || labelOf(a.uri).localeCompare(labelOf(b.uri)) || (a.uri < b.uri ? -1 : 1))
    .slice(0, limit);
}

/**
 * Where candidates come from. With a retriever (the service passes one over the search engine) only
 * its candidates are scored; without one, or when it finds nothing, every label is.
 */
export interface CandidateRetriever {
  skills(text: string): ReadonlySet<string>;
  occupations(text: string): ReadonlySet<string>;
}

export function createTaxonomyLookup(taxonomy: Taxonomy, retriever?: CandidateRetriever): TaxonomyLookup {
  const w = cfg.labelWeight;
  const skillEntries = compact(
    taxonomy.skills.flatMap((s) => [
      entry(s.uri, s.labelNl, w.preferred),
      entry(s.uri, s.labelEn, w.english),
      // Earlier synonyms are the more typical ones: a small step down per position breaks ties.
      ...s.synonymsNl.map((x, i) => entry(s.uri, x, w.synonym - w.synonymStep * Math.min(i, w.synonymSteps))),
      ...s.altLabelsEn.map((x) => entry(s.uri, x, w.alternative)),
    ]),
  );
  const occupationEntries = compact(
    taxonomy.occupations.flatMap((o) => [
      entry(o.uri, o.labelNl, w.preferred),
      entry(o.uri, o.labelEn, w.english),
      ...o.altLabelsNl.map((x) => entry(o.uri, x, w.synonym)),
    ]),
  );
  const skills: Side = {
    entries: skillEntries,
    labelOf: (uri) => taxonomy.skillByUri.get(uri)?.labelNl ?? uri,
    labelTokens: new Map(taxonomy.skills.map((s) => [s.uri, normalise(s.labelNl).split(' ')])),
    reuseOf: (uri) => taxonomy.skillByUri.get(uri)?.reuse,
  };
  const occupations: Side = {
    entries: occupationEntries,
    labelOf: (uri) => taxonomy.occupationByUri.get(uri)?.labelNl ?? uri,
    labelTokens: new Map(),
    reuseOf: () => undefined,
  };
  const scoped = (side: Side, text: string, limit: number, found: ReadonlySet<string> | undefined) => {
    const hits = found && found.size > 0 ? search(side, text, limit, found) : [];
    return hits.length > 0 ? hits : search(side, text, limit);
  };
  return {
    skills: (text, limit) => scoped(skills, text, limit, retriever?.skills(text)),
    occupations: (text, limit) => scoped(occupations, text, limit, retriever?.occupations(text)),
  };
}
