import { Meilisearch, type EnqueuedTaskPromise, type Index } from 'meilisearch';
import type { Course } from '@werkbrug/shared/schemas/course';
import type { FundingSchemeData } from '@werkbrug/shared/schemas/funding';
import { shippedFundingSchemes } from '@werkbrug/shared/courses/funding-schemes';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { Outlook } from '@werkbrug/shared/schemas/common';
import { haversineKm } from '@werkbrug/shared/region/geo';
import type { Filter, SortClause } from '@werkbrug/search-engine/query';
import { toCourseDocument, toVacancyDocument } from '../documents.ts';
import { courseFilter, courseSort, vacancyFilter, vacancySort } from '../filters.ts';
import type { IndexedVersion, Near, SearchIndex, SearchPage, TaxonomyHit } from '../port.ts';
import { sortedFacets } from '../results.ts';
import { courseIndex, occupationIndex, skillIndex, vacancyIndex, type IndexDefinition } from '../settings.ts';
import { occupationDocuments, skillDocuments } from '../taxonomy-documents.ts';
import { geoRadius, toMeiliFilter, toMeiliSort } from './meili-filter.ts';
import { meiliSettings } from './meili-settings.ts';

export interface MeilisearchIndexOptions {
  url: string;
  /** Key with write rights, for settings and documents. */
  apiKey?: string;
  /** Search-only key for queries, when given (least privilege). */
  searchKey?: string;
  prefix: string;
  timeoutMs: number;
  taxonomy: Taxonomy;
  outlookOf: (sector: SectorKey) => Outlook;
  today: () => string;
  /** The funding schemes as they are now (course funding facets); the shipped ones when not given. */
  fundingSchemes?: () => readonly FundingSchemeData[];
}

/**
 * The production engine behind the search port, on the official client. Settings are applied by the
 * awaited, idempotent `prepare`; every write waits for its task and fails when the task did not
 * succeed; every request has a timeout, so a hung server cannot hang a resolver.
 */
export function createMeilisearchIndex(options: MeilisearchIndexOptions): SearchIndex {
  const writer = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: Math.max(options.timeoutMs, 10_000),
    defaultWaitOptions: { timeout: 60_000, interval: 50 },
  });
  const reader = new Meilisearch({
    host: options.url,
    apiKey: options.searchKey ?? options.apiKey,
    timeout: options.timeoutMs,
  });
  const schemes = options.fundingSchemes ?? (() => shippedFundingSchemes);
  const uid = (def: IndexDefinition) => `${options.prefix}_${def.name}`;
  const filterable = (def: IndexDefinition) => new Set([...def.filterable.map((f) => f.field), '_geo']);

  async function done(task: EnqueuedTaskPromise, what: string): Promise<void> {
    const result = await task.waitTask();
    if (result.status !== 'succeeded') {
      throw new Error(
        `Meilisearch task ${result.uid} (${what}) ended ${result.status}: ${result.error?.message ?? 'no reason given'}`,
      );
    }
  }

  async function ensureIndex(name: string, def: IndexDefinition): Promise<void> {
    const exists = await writer
      .index(name)
      .getRawInfo()
      .then(() => true)
      .catch((err: { cause?: { code?: string } }) => {
        if (err.cause?.code === 'index_not_found') return false;
        throw err;
      });
    if (!exists) await done(writer.createIndex(name, { primaryKey: def.primaryKey }), `create ${name}`);
    await done(writer.index(name).updateSettings(meiliSettings(def)), `settings of ${name}`);
  }

  async function addInBatches(index: Index, docs: Record<string, unknown>[], what: string): Promise<void> {
    for (let i = 0; i < docs.length; i += 5000) {
      await done(index.addDocuments(docs.slice(i, i + 5000), { primaryKey: 'id' }), what);
    }
  }

  async function search(
    def: IndexDefinition,
    text: string | undefined,
    filter: Filter | undefined,
    near: Near | undefined,
    sort: SortClause[] | undefined,
    facets: string[] | undefined,
    offset: number,
    limit: number,
  ): Promise<SearchPage> {
    const point = near ? { lat: near.lat, lng: near.lon } : undefined;
    const filters = [
      toMeiliFilter(filter, filterable(def)),
      near?.radiusKm !== undefined ? geoRadius(near.lat, near.lon, near.radiusKm) : undefined,
    ].filter(Boolean);
    const response = await reader.index(uid(def)).search(text ?? '', {
      filter: filters.length ? filters.map((f) => `(${f})`).join(' AND ') : undefined,
      sort: toMeiliSort(sort, point),
      facets,
      offset,
      limit,
      attributesToRetrieve: ['id', '_geo'],
      showRankingScore: true,
    });
    return {
      hits: response.hits.map((h) => {
        const geo = h._geo as { lat: number; lng: number } | undefined;
        return {
          id: String(h.id),
          score: (h._rankingScore as number | undefined) ?? 1,
          distanceKm: point && geo ? haversineKm(point.lat, point.lng, Number(geo.lat), Number(geo.lng)) : null,
        };
      }),
      totalCount: response.estimatedTotalHits ?? response.hits.length,
      facets: sortedFacets((response.facetDistribution ?? {}) as Record<string, Record<string, number>>),
      degraded: false,
    };
  }

  const suggest = async (def: IndexDefinition, text: string, limit: number): Promise<TaxonomyHit[]> => {
    // Meilisearch's sort rule comes after relevance: among equally good skills, the one more occupations need.
    const sort = def.sortable.includes('popularity') ? ['popularity:desc'] : undefined;
    const response = await reader
      .index(uid(def))
      .search(text, { limit, attributesToRetrieve: ['uri'], showRankingScore: true, ...(sort ? { sort } : {}) });
    return response.hits.map((h) => ({ uri: String(h.uri), score: (h._rankingScore as number | undefined) ?? 1 }));
  };

  const vacancyDocs = (items: Vacancy[]) => items.map((v) => toVacancyDocument(v, options.taxonomy, options.outlookOf));
  const courseDocs = (items: Course[]) =>
    items.map((c) => toCourseDocument(c, options.taxonomy, options.today(), schemes()));

  return {
    engine: 'meilisearch',
    async prepare() {
      for (const def of [vacancyIndex, courseIndex, skillIndex, occupationIndex]) await ensureIndex(uid(def), def);
      await addInBatches(writer.index(uid(skillIndex)), skillDocuments(options.taxonomy), 'skills');
      await addInBatches(writer.index(uid(occupationIndex)), occupationDocuments(options.taxonomy), 'occupations');
    },
    upsertVacancies: (items) => addInBatches(writer.index(uid(vacancyIndex)), vacancyDocs(items), 'upsert vacancies'),
    deleteVacancies: async (ids) => {
      if (ids.length) await done(writer.index(uid(vacancyIndex)).deleteDocuments(ids), 'delete vacancies');
    },
    searchVacancies: (q) =>
      search(
        vacancyIndex,
        q.text,
        vacancyFilter(q.filter),
        q.near,
        vacancySort(q.sort, !!q.near),
        q.facets,
        q.offset,
        q.limit,
      ),
    upsertCourses: (items) => addInBatches(writer.index(uid(courseIndex)), courseDocs(items), 'upsert courses'),
    deleteCourses: async (ids) => {
      if (ids.length) await done(writer.index(uid(courseIndex)).deleteDocuments(ids), 'delete courses');
    },
    searchCourses: (q) =>
      search(
        courseIndex,
        q.text,
        courseFilter(q.filter),
        q.near,
        courseSort(q.sort, !!q.near),
        q.facets,
        q.offset,
        q.limit,
      ),
    suggestSkills: (text, limit) => suggest(skillIndex, text, limit),
    suggestOccupations: (text, limit) => suggest(occupationIndex, text, limit),
    async indexedVersions(kind) {
      const index = writer.index(uid(kind === 'vacancy' ? vacancyIndex : courseIndex));
      const out: IndexedVersion[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await index.getDocuments({ fields: ['id', 'version'], limit: 1000, offset });
        out.push(...page.results.map((d) => ({ id: String(d.id), version: Number(d.version) })));
        if (page.results.length < 1000) return out;
      }
    },
    async rebuild(kind, load) {
      // Build into a fresh index with the same settings, check it, then swap it in atomically.
      const def = kind === 'vacancy' ? vacancyIndex : courseIndex;
      const live = uid(def);
      const next = `${live}_rebuild_${Date.now()}`;
      await ensureIndex(live, def);
      await ensureIndex(next, def);
      let count = 0;
      for await (const batch of load()) {
        const open = batch.filter((item) => item.status === 'open');
        const docs = kind === 'vacancy' ? vacancyDocs(open as Vacancy[]) : courseDocs(open as Course[]);
        await addInBatches(writer.index(next), docs, `rebuild ${live}`);
        count += docs.length;
      }
      const stats = await writer.index(next).getStats();
      if (stats.numberOfDocuments !== count)
        throw new Error(`rebuild of ${live} holds ${stats.numberOfDocuments} documents, expected ${count}`);
      // No `rename` field: Meilisearch before 1.18 refuses it (found by the OpenAPI request check).
      // The client's type asks for it anyway, hence the cast.
      const swap = { indexes: [live, next] } as unknown as Parameters<typeof writer.swapIndexes>[0][number];
      await done(writer.swapIndexes([swap]), `swap ${live}`);
      await done(writer.deleteIndex(next), `delete old ${live}`);
      return count;
    },
    async health() {
      try {
        return (await reader.health()).status === 'available';
      } catch {
        return false;
      }
    },
    async close() {},
  };
}
