import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '@werkbrug/seed';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { courseFacets, vacancyFacets, type SearchIndex } from '../port.ts';
import { createMeilisearchIndex } from './meilisearch-index.ts';
import { startFakeMeilisearch, type FakeMeilisearch } from '../../testkit/meilisearch/fake-meilisearch.ts';
import { checkRequest, errata } from '../../testkit/meilisearch/openapi-check.ts';

/**
 * The Meilisearch adapter against Meilisearch's own OpenAPI description (1.15.2): every operation of
 * the search port is driven through the official client, every HTTP request is checked against the
 * description (path, method, parameters, body, filter and sort expressions, facets, settings), and the
 * answers the adapter gets are shaped as the description defines them. This is not a run against a
 * real server: the search contract suite does that whenever MEILI_URL is set.
 */
const taxonomy = loadTaxonomy();
const data = generateDataset({ vacancies: 60, courses: 20, profiles: 5 });
let fake: FakeMeilisearch;
let index: SearchIndex;

beforeAll(async () => {
  fake = await startFakeMeilisearch();
  index = createMeilisearchIndex({
    url: fake.url,
    apiKey: 'test-master-key',
    searchKey: 'test-search-key',
    prefix: 'werkbrug',
    timeoutMs: 5000,
    taxonomy,
    outlookOf: (s) => taxonomy.sectorByKey.get(s)!.outlook,
    today: () => '2026-11-16',
  });
});
afterAll(() => fake.close());

describe('the Meilisearch adapter, checked against the OpenAPI description', () => {
  it('sends only requests the description accepts, through every operation of the search port', async () => {
    const near = { lat: 52.38, lon: 4.64, radiusKm: 15 };
    const open = data.vacancies.filter((v) => v.status === 'open');
    await index.prepare();
    await index.prepare(); // idempotent: the second run finds the indexes
    await index.upsertVacancies(open);
    await index.upsertCourses(data.courses.filter((c) => c.status === 'open'));
    for (const sort of ['relevance', 'distance', 'newest', 'salary'] as const) {
      await index.searchVacancies({ text: 'verpleegkundige', sort, near, offset: 0, limit: 10 });
    }
    await index.searchVacancies({
      text: 'monteur',
      filter: {
        sectors: ['healthcare', 'ict'],
        outlooks: ['growing'],
        municipalities: ['Haarlem'],
        occupationUris: [open[0]!.occupationUri],
        levelMin: 2,
        levelMax: 4,
        hoursMin: 16,
        hoursMax: 32,
        contractTypes: ['vast'],
        garantiebaan: true,
        bbl: false,
        minSalary: 2500,
        postedSince: '2026-10-01',
        employerIds: [open[0]!.employerId, 'emp_"quoted\\name'],
      },
      facets: [...vacancyFacets],
      offset: 10,
      limit: 20,
    });
    await index.searchVacancies({ offset: 0, limit: 5, facets: ['sector'] });
    for (const sort of ['relevance', 'distance', 'price', 'duration', 'startDate'] as const) {
      await index.searchCourses({ text: 'zorg', sort, near, offset: 0, limit: 10 });
    }
    await index.searchCourses({
      filter: {
        providerIds: [data.courses[0]!.providerId],
        modes: ['online'],
        levelMin: 1,
        levelMax: 6,
        maxDurationWeeks: 52,
        maxPriceAfterFunding: 0,
        fundingSchemes: ['stap'],
        startsBefore: '2027-06-01',
        skillUris: [data.courses[0]!.skillsTaught[0]!],
        occupationUris: ['http://data.europa.eu/esco/occupation/x'],
      },
      facets: [...courseFacets],
      offset: 0,
      limit: 10,
    });
    await index.suggestSkills('eerste hulp', 8);
    await index.suggestOccupations('verpleeg', 8);
    await index.deleteVacancies([open[0]!.id, open[1]!.id]);
    await index.deleteCourses([data.courses[0]!.id]);
    const versions = await index.indexedVersions('vacancy');
    expect(versions.length).toBe(open.length - 2);
    await index.indexedVersions('course');
    async function* load() {
      yield data.vacancies;
    }
    expect(await index.rebuild('vacancy', load)).toBe(open.length);
    expect(await index.health()).toBe(true);

    const used = new Set(fake.requests.map((r) => r.operationId));
    expect([...used].sort()).toEqual(
      [
        'create_index',
        'delete_documents_batch',
        'delete_index',
        'get_documents',
        'get_health',
        'get_index',
        'get_index_stats',
        'get_task',
        'replace_documents',
        'search_with_post',
        'swap_indexes',
        'update_all',
      ].sort(),
    );
    console.log(
      `  ${fake.requests.length} requests over ${used.size} operations checked; errata applied: ${errata.map((e) => e.id).join(', ')}`,
    );
    expect([...new Set(fake.problems)]).toEqual([]);
  });

  it('reads back what the answers carry: hits with scores and distances, totals and facet counts', async () => {
    const page = await index.searchVacancies({
      text: 'haarlem',
      near: { lat: 52.38, lon: 4.64 },
      facets: ['municipality'],
      offset: 0,
      limit: 5,
    });
    expect(page.hits.length).toBeGreaterThan(0);
    expect(page.hits[0]).toMatchObject({ score: expect.any(Number), distanceKm: expect.any(Number) });
    expect(page.totalCount).toBeGreaterThanOrEqual(page.hits.length);
    expect(page.facets.find((f) => f.field === 'municipality')?.values.length).toBeGreaterThan(0);
  });
});

describe('the request check itself', () => {
  const rules = () => ({ filterable: new Set(['sector', '_geo']), sortable: new Set(['postedDay', '_geo']) });
  const check = (method: string, path: string, body?: unknown, query = '') =>
    checkRequest({ method, path, query: new URLSearchParams(query), body }, rules);

  it('rejects what Meilisearch would reject', () => {
    expect(check('PATCH', '/indexes/v/settings', { filterableAttributes: ['sector'], rankingRule: [] })).toEqual([
      expect.stringContaining('must NOT have additional properties: rankingRule'),
    ]);
    expect(check('POST', '/indexes/v/search', { q: 'x', filter: 'level = 3' })).toEqual([
      expect.stringContaining('filter names level, which is not filterable'),
    ]);
    expect(check('POST', '/indexes/v/search', { q: 'x', filter: 'sector = "a" AND (' })[0]).toContain(
      'filter does not parse',
    );
    expect(check('POST', '/indexes/v/search', { q: 'x', filter: 'true = true' })[0]).toContain('true, which is not');
    expect(check('POST', '/indexes/v/search', { sort: ['salary:desc'] })[0]).toContain('salary, which is not sortable');
    expect(check('POST', '/indexes/v/search', { limit: -1 })[0]).toContain('/limit must be >= 0');
    expect(check('POST', '/swap-indexes', [{ indexes: ['a', 'b'], rename: false }])[0]).toContain('rename');
    expect(check('GET', '/indexes/v/documents', undefined, 'fields=id&bogus=1')).toEqual([
      expect.stringContaining('unknown query parameter bogus'),
    ]);
    expect(check('PUT', '/indexes/v/nonsense')[0]).toContain('no such operation');
  });

  it('accepts the filter, sort and geo expressions the adapter builds', () => {
    expect(
      check('POST', '/indexes/v/search', {
        q: 'x',
        filter: '(sector IN ["ict", "zorg \\"x\\""]) AND NOT (sector = "a") AND (_geoRadius(52.38, 4.64, 15000))',
        sort: ['_geoPoint(52.38, 4.64):asc', 'postedDay:desc'],
        facets: ['sector'],
      }),
    ).toEqual([]);
  });
});
