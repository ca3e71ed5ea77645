import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type {
  FacetCounts,
  SearchIndex,
  SearchPage,
  SearchQuery,
  VacancyFacet,
  VacancyFilter,
  VacancySort,
} from '../search/port.ts';
import type { TaxonomyLookup } from '../matching/model/types.ts';

type VacancyQuery = SearchQuery<VacancyFilter, VacancySort, VacancyFacet>;

/** A question ("monteur") whose best suggestion scores at least this still steers the search. */
const strongSuggestion = 0.85;
/** At most this many occupations are ranked first. */
const maxNamed = 12;

/** The last word of a Dutch label, the head of a compound ("receptionist" in "campingreceptionist"). */
const head = (label: string) =>
  label
    .toLowerCase()
    .split(/[^a-zà-ÿ]+/)
    .filter(Boolean)
    .pop() ?? '';

/**
 * The occupations a search text names, best first: the reading of the text as a job title (the same
 * reader as the profile), then the close ones: the other readings the lexicon lists for the same typed
 * title, occupations whose name ends in the same word (kinds of it: "dieetkok" for "kok"), and those of
 * the same ISCO-08 unit group. Nothing when the text is not a job title.
 */
export function occupationsNamedBy(reader: TaxonomyLookup, taxonomy: Taxonomy, text: string): string[][] {
  const r = reader.title(text);
  let first: string[] = [];
  let close: string[] = [];
  if (r.status === 'read' && r.kind === 'occupation') {
    first = [r.uri];
    close = [...(r.also ?? [])];
  } else if (r.status === 'unread' && (r.suggestions[0]?.score ?? 0) >= strongSuggestion) {
    first = r.suggestions.filter((s) => s.score >= strongSuggestion).map((s) => s.uri);
    close = r.suggestions.map((s) => s.uri);
  }
  if (first.length === 0) return [];
  const named = first.flatMap((u) => taxonomy.occupationByUri.get(u) ?? []);
  const groups = new Set(named.map((o) => o.isco08));
  const heads = [...new Set(named.map((o) => head(o.labelNl)).filter((h) => h.length >= 3))];
  const endsInHead = (label: string) => heads.some((h) => label.toLowerCase().endsWith(h));
  // Each kind of closeness is its own tier, in this order, so the closest come first.
  const seen = new Set(first);
  const tier = (uris: string[]) => uris.filter((u) => !seen.has(u) && seen.add(u)).slice(0, maxNamed);
  return [
    first.slice(0, maxNamed),
    tier(close),
    tier(taxonomy.occupations.filter((o) => endsInHead(o.labelNl)).map((o) => o.uri)),
    tier(taxonomy.occupations.filter((o) => groups.has(o.isco08)).map((o) => o.uri)),
  ].filter((t) => t.length > 0);
}

function restrict(filter: VacancyFilter | undefined, uris: string[]): VacancyFilter {
  const allowed = filter?.occupationUris ? uris.filter((u) => filter.occupationUris!.includes(u)) : uris;
  // An empty list would mean "no restriction"; a URI no vacancy has means "none".
  return { ...filter, occupationUris: allowed.length > 0 ? allowed : ['-'] };
}

function addFacets(into: Map<string, Map<string, number>>, facets: FacetCounts[], sign: 1 | -1) {
  for (const f of facets) {
    const values = into.get(f.field) ?? new Map<string, number>();
    for (const v of f.values) values.set(v.value, (values.get(v.value) ?? 0) + sign * v.count);
    into.set(f.field, values);
  }
}

/**
 * Vacancy search that reads a job title: when the text names an occupation (and the person sorts by
 * relevance), that occupation's vacancies come first, then those of close occupations, then every other
 * text hit — so title and occupation outrank description words and English synonyms. Filters and a
 * postcode radius apply to every tier; sorting by distance, date or pay keeps the plain search. Built on
 * the search port alone, so both engines rank the same way.
 */
export function createVacancySearch(deps: { search: SearchIndex; reader: TaxonomyLookup; taxonomy: Taxonomy }) {
  return async (q: VacancyQuery): Promise<SearchPage> => {
    const tiers =
      q.text && (q.sort ?? 'relevance') === 'relevance' ? occupationsNamedBy(deps.reader, deps.taxonomy, q.text) : [];
    if (tiers.length === 0) return deps.search.searchVacancies(q);
    const named = tiers.flat();
    const facets = q.facets ?? [];
    const count = (query: Partial<VacancyQuery>) =>
      deps.search.searchVacancies({ ...q, ...query, facets, offset: 0, limit: 0 });
    const [byText, overlap, ...tierCounts] = await Promise.all([
      count({}),
      count({ filter: restrict(q.filter, named) }),
      ...tiers.map((uris) => count({ text: undefined, filter: restrict(q.filter, uris) })),
    ]);
    const hits: SearchPage['hits'] = [];
    let start = q.offset;
    for (const [i, uris] of tiers.entries()) {
      const n = tierCounts[i]!.totalCount;
      if (start < n && hits.length < q.limit) {
        const page = await deps.search.searchVacancies({
          ...q,
          text: undefined,
          filter: restrict(q.filter, uris),
          facets: [],
          offset: start,
          limit: q.limit - hits.length,
        });
        hits.push(...page.hits);
      }
      start = Math.max(0, start - n);
    }
    if (hits.length < q.limit) {
      // Text hits of other occupations: skip the named ones, which were listed above.
      const inTiers = new Set<string>();
      const wanted = start + (q.limit - hits.length);
      const page = await deps.search.searchVacancies({
        ...q,
        facets: [],
        offset: 0,
        limit: wanted + overlap.totalCount,
      });
      const named2 = await deps.search.searchVacancies({
        ...q,
        filter: restrict(q.filter, named),
        facets: [],
        offset: 0,
        limit: overlap.totalCount,
      });
      for (const h of named2.hits) inTiers.add(h.id);
      hits.push(...page.hits.filter((h) => !inTiers.has(h.id)).slice(start, wanted));
    }
    const merged = new Map<string, Map<string, number>>();
    addFacets(merged, byText.facets, 1);
    addFacets(merged, overlap.facets, -1);
    for (const t of tierCounts) addFacets(merged, t.facets, 1);
    return {
      hits,
      totalCount: byText.totalCount - overlap.totalCount + tierCounts.reduce((n, t) => n + t.totalCount, 0),
      facets: [...merged].map(([field, values]) => ({
        field,
        values: [...values]
          .filter(([, n]) => n > 0)
          .map(([value, n]) => ({ value, count: n }))
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
      })),
      degraded: [byText, overlap, ...tierCounts].some((p) => p.degraded),
    };
  };
}
