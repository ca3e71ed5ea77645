import type { ContractType } from '@werkbrug/shared/schemas/vacancy';
import type { CourseKind, CourseMode } from '@werkbrug/shared/schemas/course';
import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { Course } from '@werkbrug/shared/schemas/course';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';

/**
 * The search port: domain verbs for vacancies, courses and the taxonomy. Two engines implement it —
 * the embedded one (default, in-process) and Meilisearch (production) — and one contract test suite
 * runs against both. Hits carry ids only: callers load the records from the store of record, so the
 * index never decides what a person may see.
 */

export interface Near {
  lat: number;
  lon: number;
  /** Only hits within this radius; every hit then carries its distance. */
  radiusKm?: number;
}

export interface VacancyFilter {
  sectors?: string[];
  outlooks?: Outlook[];
  municipalities?: string[];
  occupationUris?: string[];
  levelMin?: number;
  levelMax?: number;
  /** The vacancy's hours must overlap this range. */
  hoursMin?: number;
  hoursMax?: number;
  contractTypes?: ContractType[];
  garantiebaan?: boolean;
  bbl?: boolean;
  /** Gross monthly salary (hourly rates are compared at 156 hours a month). */
  minSalary?: number;
  /** YYYY-MM-DD */
  postedSince?: string;
  employerIds?: string[];
}

export interface CourseFilter {
  providerIds?: string[];
  modes?: CourseMode[];
  levelMin?: number;
  levelMax?: number;
  maxDurationWeeks?: number;
  /** Price after grants anyone may use (see documents.ts). */
  maxPriceAfterFunding?: number;
  /** Keys of funding schemes that may pay for it. */
  fundingSchemes?: string[];
  kinds?: CourseKind[];
  /** Has a start date on or before this day (YYYY-MM-DD). */
  startsBefore?: string;
  skillUris?: string[];
  occupationUris?: string[];
}

export type VacancySort = 'relevance' | 'distance' | 'newest' | 'salary';
export type CourseSort = 'relevance' | 'distance' | 'price' | 'duration' | 'startDate';

export const vacancyFacets = [
  'sector',
  'outlook',
  'municipality',
  'contractType',
  'level',
  'garantiebaan',
  'bbl',
] as const;
export const courseFacets = ['providerName', 'mode', 'level', 'funding', 'kind'] as const;
export type VacancyFacet = (typeof vacancyFacets)[number];
export type CourseFacet = (typeof courseFacets)[number];

export interface SearchQuery<F, S, Facet> {
  text?: string;
  filter?: F;
  near?: Near;
  sort?: S;
  facets?: Facet[];
  offset: number;
  limit: number;
}

export interface SearchHitRef {
  id: string;
  score: number;
  distanceKm: number | null;
}

export interface FacetCounts {
  field: string;
  values: { value: string; count: number }[];
}

export interface SearchPage {
  hits: SearchHitRef[];
  totalCount: number;
  facets: FacetCounts[];
  /** Search answered from the fallback because the primary engine failed. */
  degraded: boolean;
}

export interface TaxonomyHit {
  uri: string;
  score: number;
}

export interface IndexedVersion {
  id: string;
  version: number;
}

export interface SearchIndex {
  readonly engine: 'embedded' | 'meilisearch';
  /** Applies index settings; idempotent, awaited before first use, never run at import. */
  prepare(): Promise<void>;
  upsertVacancies(vacancies: Vacancy[]): Promise<void>;
  deleteVacancies(ids: string[]): Promise<void>;
  searchVacancies(query: SearchQuery<VacancyFilter, VacancySort, VacancyFacet>): Promise<SearchPage>;
  upsertCourses(courses: Course[]): Promise<void>;
  deleteCourses(ids: string[]): Promise<void>;
  searchCourses(query: SearchQuery<CourseFilter, CourseSort, CourseFacet>): Promise<SearchPage>;
  /** Autocomplete over Dutch and English labels and synonyms. */
  suggestSkills(text: string, limit: number): Promise<TaxonomyHit[]>;
  suggestOccupations(text: string, limit: number): Promise<TaxonomyHit[]>;
  /** Every indexed id with its version: for reconcile. */
  indexedVersions(kind: 'vacancy' | 'course'): Promise<IndexedVersion[]>;
  /** Replaces the whole content of one kind at once (build a new index, then swap it in). */
  rebuild(kind: 'vacancy' | 'course', load: () => AsyncIterable<(Vacancy | Course)[]>): Promise<number>;
  health(): Promise<boolean>;
  close(): Promise<void>;
}
