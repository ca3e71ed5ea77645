import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { postcodeAreas } from '@werkbrug/shared/region/postcodes';
import type { Random } from '@werkbrug/seed/random';
import type { SearchQuery, VacancyFacet, VacancyFilter, VacancySort } from '@werkbrug/matching/search/port';

export type Query = SearchQuery<VacancyFilter, VacancySort, VacancyFacet>;
const taxonomy = loadTaxonomy();

/** Words people type: occupation names and skill words of the taxonomy, in Dutch. */
const words = [
  ...new Set(
    taxonomy.occupations
      .flatMap((o) => [o.labelNl, ...o.altLabelsNl])
      .flatMap((l) => l.toLowerCase().split(/[^a-zà-ÿ]+/))
      .filter((w) => w.length >= 5),
  ),
];

function typo(random: Random, word: string): string {
  const i = random.int(1, word.length - 2);
  const kind = random.int(0, 2);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1); // deletion
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // transposition
  return word.slice(0, i) + 'aeiou'[random.int(0, 4)] + word.slice(i + 1); // substitution
}

/** The query kinds of the benchmarks, `perKind` of each, drawn from the taxonomy's Dutch words. */
export function queryMix(random: Random, perKind: number): Record<string, Query[]> {
  const base = { offset: 0, limit: 20 };
  const pick = () => random.pick(words);
  const near = () => {
    const a = random.pick(postcodeAreas.filter((p) => p.inRegion));
    return { lat: a.lat, lon: a.lon, radiusKm: 10 };
  };
  const make = (f: () => Query) => Array.from({ length: perKind }, f);
  return {
    plain: make(() => ({ ...base, text: random.chance(0.3) ? `${pick()} ${pick()}` : pick() })),
    typo: make(() => ({
      ...base,
      text: typo(random, random.pick(words.filter((w) => w.length >= 6 && w.length <= 12))),
    })),
    prefix: make(() => ({ ...base, text: pick().slice(0, random.int(3, 5)) })),
    filtered: make(() => ({
      ...base,
      text: pick(),
      filter: {
        sectors: [random.pick(taxonomy.sectors).key],
        levelMax: random.int(2, 6),
        contractTypes: ['vast', 'tijdelijk'],
      },
    })),
    geo: make(() => ({ ...base, text: pick(), near: near(), sort: 'distance' })),
    faceted: make(() => ({ ...base, text: pick(), facets: ['sector', 'municipality', 'contractType', 'level'] })),
  };
}
