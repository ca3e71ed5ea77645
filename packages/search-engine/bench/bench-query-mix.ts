/**
 * Seeded query-mix generator for benchmarks. Generic over the data set: the
 * caller supplies words, filter clause makers, a geo centre and facet fields
 * (scripts/bench can feed it real seeded data); BENCH_MIX_CONFIG fits the
 * synthetic vacancies of bench-docs.ts.
 */

import { HAARLEM } from './bench-docs.ts';
import { intBetween, mulberry32, pick, sample, type Rng } from './bench-prng.ts';
import { CONTRACT_TYPES, MUNICIPALITIES, OCCUPATIONS, SECTORS, SKILLS } from './bench-vocabulary.ts';
import type { Filter, SearchRequest } from '../src/schema.ts';

export type QueryKind = 'plain' | 'typo' | 'prefix' | 'filtered' | 'geo' | 'faceted';
export const QUERY_KINDS: readonly QueryKind[] = ['plain', 'typo', 'prefix', 'filtered', 'geo', 'faceted'];

export interface QueryMixConfig {
  /** Single query words, ideally weighted like real queries (repeat popular ones). */
  words: readonly string[];
  /** Two-word queries (occupations such as "monteur zonnepanelen"). */
  phrases: readonly string[];
  /** Each maker returns one filter clause; `filtered` queries AND 2-3 of them. */
  filters: readonly ((rng: Rng) => Filter)[];
  geoCenter: { lat: number; lng: number };
  /** The geo centre is jittered by up to this many degrees. */
  geoJitterDeg: number;
  radiusKm: number;
  facets: readonly string[];
}

const ALPHA = /^[a-z]+$/;

function textQuery(rng: Rng, c: QueryMixConfig): string {
  return rng() < 0.5 && c.phrases.length > 0 ? pick(rng, c.phrases) : pick(rng, c.words);
}

/** One typo (substitution, deletion, insertion or transposition) after the first letter. */
export function withTypo(rng: Rng, word: string): string {
  const i = intBetween(rng, 1, word.length - 2);
  const letter = String.fromCharCode(97 + Math.floor(rng() * 26));
  switch (Math.floor(rng() * 4)) {
    case 0: {
      const sub = letter === word[i] ? (letter === 'a' ? 'b' : 'a') : letter;
      return word.slice(0, i) + sub + word.slice(i + 1);
    }
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + letter + word.slice(i);
    default: {
      if (word[i] === word[i + 1]) return word.slice(0, i) + word.slice(i + 1); // swap would be a no-op
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
  }
}

export function generateQueryMix(
  kind: QueryKind,
  count: number,
  seed: number,
  config: QueryMixConfig = BENCH_MIX_CONFIG,
): SearchRequest[] {
  const rng = mulberry32(seed);
  const allWords = [...config.words, ...config.phrases.flatMap((p) => p.split(' '))].filter((w) => ALPHA.test(w));
  const typoWords = allWords.filter((w) => w.length >= 6 && w.length <= 12);
  const prefixWords = allWords.filter((w) => w.length >= 5);
  const out: SearchRequest[] = [];
  for (let i = 0; i < count; i++) {
    switch (kind) {
      case 'plain':
        out.push({ q: textQuery(rng, config) });
        break;
      case 'typo':
        out.push({ q: withTypo(rng, pick(rng, typoWords)) });
        break;
      case 'prefix':
        out.push({ q: pick(rng, prefixWords).slice(0, intBetween(rng, 3, 5)) });
        break;
      case 'filtered': {
        const makers = sample(rng, config.filters, intBetween(rng, 2, 3));
        out.push({ q: textQuery(rng, config), filter: { and: makers.map((m) => m(rng)) } });
        break;
      }
      case 'geo': {
        const j = config.geoJitterDeg;
        const lat = config.geoCenter.lat + (rng() * 2 - 1) * j;
        const lng = config.geoCenter.lng + (rng() * 2 - 1) * j;
        out.push({
          q: textQuery(rng, config),
          geo: { lat, lng, radiusKm: config.radiusKm },
          sort: [{ geoDistance: 'asc' }],
        });
        break;
      }
      case 'faceted':
        out.push({ q: textQuery(rng, config), facets: [...config.facets] });
        break;
    }
  }
  return out;
}

export const BENCH_MIX_CONFIG: QueryMixConfig = {
  words: [
    ...OCCUPATIONS.filter((o) => !o.includes(' ')),
    ...SKILLS.filter((s) => !s.includes(' ')),
    'zorg',
    'techniek',
    'medewerker',
    'chauffeur',
    'monteur',
    'ervaring',
    'opleiding',
    'parttime',
    'haarlem',
  ],
  phrases: [...OCCUPATIONS.filter((o) => o.includes(' ')), ...SKILLS.filter((s) => s.includes(' '))],
  filters: [
    (rng) => ({ field: 'municipality', in: sample(rng, MUNICIPALITIES, intBetween(rng, 1, 3)) }),
    (rng) => ({ field: 'sector', eq: pick(rng, SECTORS) }),
    (rng) => ({ field: 'contractType', in: sample(rng, CONTRACT_TYPES, 2) }),
    (rng) => ({ field: 'hoursPerWeek', gte: pick(rng, [16, 24, 32]) }),
    (rng) => ({ field: 'salaryMin', gte: intBetween(rng, 25, 40) * 100, lte: intBetween(rng, 45, 60) * 100 }),
    (rng) => ({ not: { field: 'remote', eq: rng() < 0.5 } }),
  ],
  geoCenter: HAARLEM,
  geoJitterDeg: 0.05,
  radiusKm: 10,
  facets: ['municipality', 'sector', 'contractType', 'remote'],
};
