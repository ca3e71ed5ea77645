/**
 * Synthetic Dutch vacancy-like documents for benchmarks and tests. Shapes
 * mirror what the matching service indexes, but this module is only test
 * data: the engine itself knows nothing about vacancies.
 */

import { intBetween, mulberry32, pick, sample, type Rng } from './bench-prng.ts';
import {
  CONTRACT_TYPES,
  EMPLOYER_PARTS,
  MUNICIPALITIES,
  OCCUPATIONS,
  SECTORS,
  SENTENCES,
  SKILLS,
  SYNONYMS,
  pseudoWord,
} from './bench-vocabulary.ts';
import type { EngineSchema } from '../src/schema.ts';

export interface BenchVacancy extends Record<string, unknown> {
  id: string;
  title: string;
  description: string;
  skills: string[];
  employer: string;
  municipality: string;
  sector: string;
  contractType: string;
  hoursPerWeek: number;
  salaryMin: number;
  salaryMax: number;
  /** epoch days */
  publishedAt: number;
  remote: boolean;
  location: { lat: number; lng: number };
}

export const BENCH_SCHEMA: EngineSchema = {
  primaryKey: 'id',
  searchable: [
    { field: 'title', weight: 5 },
    { field: 'skills', weight: 3 },
    { field: 'employer', weight: 2 },
    { field: 'sector', weight: 1.5 },
    { field: 'description', weight: 1 },
  ],
  filterable: [
    { field: 'municipality', kind: 'keyword' },
    { field: 'sector', kind: 'keyword' },
    { field: 'contractType', kind: 'keyword' },
    { field: 'skills', kind: 'keywords' },
    { field: 'hoursPerWeek', kind: 'number' },
    { field: 'salaryMin', kind: 'number' },
    { field: 'publishedAt', kind: 'number' },
    { field: 'remote', kind: 'boolean' },
  ],
  sortable: ['publishedAt', 'salaryMin'],
  geoField: 'location',
  synonyms: SYNONYMS,
  stopWords: [],
};

export const HAARLEM = { lat: 52.38, lng: 4.64 };

function employerName(rng: Rng): string {
  const [a, b, c] = EMPLOYER_PARTS as [string[], string[], string[]];
  return `${pick(rng, a)}${pick(rng, b)} ${pick(rng, c)}`.trim();
}

type DescriptionInput = Pick<
  BenchVacancy,
  'title' | 'municipality' | 'sector' | 'employer' | 'hoursPerWeek' | 'salaryMin' | 'salaryMax'
>;

function description(rng: Rng, v: DescriptionInput): string {
  const target = intBetween(rng, 500, 1000);
  let text = '';
  while (text.length < target) {
    const sentence = pick(rng, SENTENCES).replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case 'title':
          return v.title;
        case 'city':
          return v.municipality;
        case 'skill':
          return pick(rng, SKILLS);
        case 'sector':
          return v.sector.toLowerCase();
        case 'employer':
          return v.employer;
        case 'hours':
          return String(v.hoursPerWeek);
        case 'salary':
          return String(v.salaryMin);
        case 'salary2':
          return String(v.salaryMax);
        case 'street':
          return `${pseudoWord(rng)}straat ${intBetween(rng, 1, 200)}`;
        case 'brand':
          return pseudoWord(rng, 3);
        default:
          return key;
      }
    });
    text += (text ? ' ' : '') + sentence;
  }
  return text;
}

export function generateVacancy(rng: Rng, index: number): BenchVacancy {
  const salaryMin = intBetween(rng, 22, 60) * 100;
  const base = {
    id: `vac-${index}`,
    title: pick(rng, OCCUPATIONS),
    skills: sample(rng, SKILLS, intBetween(rng, 10, 20)),
    employer: employerName(rng),
    municipality: pick(rng, MUNICIPALITIES),
    sector: pick(rng, SECTORS),
    contractType: pick(rng, CONTRACT_TYPES),
    hoursPerWeek: pick(rng, [16, 20, 24, 28, 32, 36, 38, 40]),
    salaryMin,
    salaryMax: salaryMin + intBetween(rng, 2, 15) * 100,
    publishedAt: 19_800 + intBetween(rng, 0, 400),
    remote: rng() < 0.2,
    location: { lat: HAARLEM.lat + (rng() * 2 - 1) * 0.15, lng: HAARLEM.lng + (rng() * 2 - 1) * 0.15 },
  };
  return { ...base, description: description(rng, base) };
}

export function generateVacancies(n: number, seed = 42): BenchVacancy[] {
  const rng = mulberry32(seed);
  const out: BenchVacancy[] = [];
  for (let i = 0; i < n; i++) out.push(generateVacancy(rng, i));
  return out;
}
