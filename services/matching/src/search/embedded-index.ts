import type { Course } from '@werkbrug/shared/schemas/course';
import type { FundingSchemeData } from '@werkbrug/shared/schemas/funding';
import { shippedFundingSchemes } from '@werkbrug/shared/courses/funding-schemes';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { Outlook } from '@werkbrug/shared/schemas/common';
import { createSearchEngine } from '@werkbrug/search-engine';
import type { EngineSchema, SearchRequest, SearchResult } from '@werkbrug/search-engine/schema';
import { toCourseDocument, toVacancyDocument, type CourseDocument, type VacancyDocument } from './documents.ts';
import { courseFilter, courseSort, vacancyFilter, vacancySort } from './filters.ts';
import type { Near, SearchHitRef, SearchIndex, SearchPage, TaxonomyHit } from './port.ts';
import { sortedFacets } from './results.ts';
import { courseIndex, type IndexDefinition, occupationIndex, skillIndex, vacancyIndex } from './settings.ts';
import { dutchSynonyms } from './synonyms.ts';
import { occupationDocuments, skillDocuments } from './taxonomy-documents.ts';

export interface EmbeddedIndexOptions {
  taxonomy: Taxonomy;
  outlookOf: (sector: SectorKey) => Outlook;
  today: () => string;
  /** The funding schemes as they are now (course funding facets); the shipped ones when not given. */
  fundingSchemes?: () => readonly FundingSchemeData[];
}

/** The embedded engine's schema for one index definition (Meilisearch's settings come from the same). */
export function engineSchema(def: IndexDefinition): EngineSchema {
  return {
    primaryKey: def.primaryKey,
    searchable: def.searchable,
    filterable: def.filterable,
    sortable: def.sortable,
    ...(def.geo ? { geoField: '_geo' } : {}),
    synonyms: dutchSynonyms,
    // Hits need only the id (reconcile the version; taxonomy suggestions break ties on popularity):
    // keeping whole documents, text and all, would cost some 2 GB at a million vacancies.
    storedFields: [def.primaryKey, 'uri', 'version', 'popularity'],
  };
}

function toPage(result: SearchResult<{ id: string }>): SearchPage {
  return {
    hits: result.hits.map((h): SearchHitRef => ({ id: h.doc.id, score: h.score, distanceKm: h.distanceKm ?? null })),
    totalCount: result.total,
    facets: sortedFacets(result.facets),
    degraded: false,
  };
}

function geoRequest(near: Near | undefined): Pick<SearchRequest, 'geo' | 'around'> {
  if (!near) return {};
  return near.radiusKm !== undefined
    ? { geo: { lat: near.lat, lng: near.lon, radiusKm: near.radiusKm } }
    : { around: { lat: near.lat, lng: near.lon } };
}

/** A port query as an engine request; filters and sorts are already translated by the caller. */
function request(
  q: { text?: string; near?: Near; facets?: readonly string[]; offset: number; limit: number },
  filter: SearchRequest['filter'],
  sort: SearchRequest['sort'],
): SearchRequest {
  return {
    q: q.text,
    filter,
    ...geoRequest(q.near),
    sort,
    facets: q.facets ? [...q.facets] : undefined,
    offset: q.offset,
    limit: q.limit,
  };
}

/**
 * The default search engine: in-process, no server, rebuilt from the store at start. Behaves like
 * the Meilisearch adapter (same settings, filters and synonyms) and passes the same contract tests.
 */
export function createEmbeddedIndex(options: EmbeddedIndexOptions): SearchIndex {
  const { taxonomy } = options;
  const schemes = options.fundingSchemes ?? (() => shippedFundingSchemes);
  let vacancies = createSearchEngine<VacancyDocument>(engineSchema(vacancyIndex));
  let courses = createSearchEngine<CourseDocument>(engineSchema(courseIndex));
  const skills = createSearchEngine<ReturnType<typeof skillDocuments>[number]>(engineSchema(skillIndex));
  const occupations = createSearchEngine<ReturnType<typeof occupationDocuments>[number]>(engineSchema(occupationIndex));

  const suggest = (
    engine: typeof skills | typeof occupations,
    text: string,
    limit: number,
    sort?: SearchRequest['sort'],
  ): TaxonomyHit[] =>
    engine.search({ q: text, limit, ...(sort ? { sort } : {}) }).hits.map((h) => ({ uri: h.doc.uri, score: h.score }));

  return {
    engine: 'embedded',
    async prepare() {
      if (skills.size() === 0) skills.upsert(skillDocuments(taxonomy));
      if (occupations.size() === 0) occupations.upsert(occupationDocuments(taxonomy));
    },
    async upsertVacancies(items) {
      vacancies.upsert(items.map((v) => toVacancyDocument(v, taxonomy, options.outlookOf)));
    },
    async deleteVacancies(ids) {
      vacancies.remove(ids);
    },
    async searchVacancies(q) {
      return toPage(vacancies.search(request(q, vacancyFilter(q.filter), vacancySort(q.sort, !!q.near))));
    },
    async upsertCourses(items) {
      courses.upsert(items.map((c) => toCourseDocument(c, taxonomy, options.today(), schemes())));
    },
    async deleteCourses(ids) {
      courses.remove(ids);
    },
    async searchCourses(q) {
      return toPage(courses.search(request(q, courseFilter(q.filter), courseSort(q.sort, !!q.near))));
    },
    async suggestSkills(text, limit) {
      // Among equally good hits the skill more occupations need first ("first aid": provide first aid,
      // not first aid for animals): Meilisearch's sort rule after relevance does the same.
      const hits = skills.search({ q: text, limit: limit * 5 }).hits;
      return hits
        .map((h, i) => ({ h, i }))
        .sort((a, b) => b.h.score - a.h.score || b.h.doc.popularity - a.h.doc.popularity || a.i - b.i)
        .slice(0, limit)
        .map(({ h }) => ({ uri: h.doc.uri, score: h.score }));
    },
    async suggestOccupations(text, limit) {
      return suggest(occupations, text, limit);
    },
    async indexedVersions(kind) {
      const engine = kind === 'vacancy' ? vacancies : courses;
      return engine.ids().map((id) => ({ id, version: (engine.get(id) as { version: number }).version }));
    },
    async rebuild(kind, load) {
      // Build the new index beside the old one, then swap: searches keep working during the rebuild.
      if (kind === 'vacancy') {
        const next = createSearchEngine<VacancyDocument>(engineSchema(vacancyIndex));
        for await (const batch of load())
          next.upsert(
            (batch as Vacancy[])
              .filter((v) => v.status === 'open')
              .map((v) => toVacancyDocument(v, taxonomy, options.outlookOf)),
          );
        // A rebuild is the bulk load: the postings' room to grow is some hundreds of MB at national scale.
        next.trim();
        vacancies = next;
        return next.size();
      }
      const next = createSearchEngine<CourseDocument>(engineSchema(courseIndex));
      for await (const batch of load())
        next.upsert(
          (batch as Course[])
            .filter((c) => c.status === 'open')
            .map((c) => toCourseDocument(c, taxonomy, options.today(), schemes())),
        );
      next.trim();
      courses = next;
      return next.size();
    },
    async health() {
      return true;
    },
    async close() {},
  };
}
