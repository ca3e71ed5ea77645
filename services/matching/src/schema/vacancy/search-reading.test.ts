import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testkit/test-app.ts';
import { encodeOffset } from '../search/inputs.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120_000);
afterAll(() => t?.close());

const search = async (args: string) => {
  const res = await t.gql(
    `{ vacancies(${args}, first: 10, facets: [SECTOR]) { totalCount hits { distanceKm node { id title occupation { uri labelNl } } }
      facets { field values { value count } } } }`,
  );
  expect(res.errors).toBeUndefined();
  return res.data.vacancies as {
    totalCount: number;
    hits: { distanceKm: number | null; node: { id: string; occupation: { uri: string; labelNl: string } | null } }[];
    facets: { field: string; values: { value: string; count: number }[] }[];
  };
};
const labels = (r: Awaited<ReturnType<typeof search>>) => r.hits.map((h) => h.node.occupation?.labelNl);

describe('the search box reads a job title', () => {
  it('ranks the named occupation first, in Dutch and in English', async () => {
    const kok = t.runtime.taxonomy.occupations.find((o) => o.labelNl === 'kok')!.uri;
    const all = await search(`filter: { occupationUris: ["${kok}"] }`);
    const n = Math.min(10, all.totalCount);
    expect(n).toBeGreaterThan(0);
    for (const q of ['kok', 'cook', 'Kok Haarlem']) {
      const r = await search(`query: "${q}"`);
      expect(labels(r).slice(0, n), q).toEqual(Array(n).fill('kok'));
    }
  });

  it('keeps the relevance order within a postcode radius, and every hit within it', async () => {
    const r = await search(`query: "kok", near: { postcode: "2011", radiusKm: 10 }`);
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) expect(h.distanceKm!).toBeLessThanOrEqual(10);
    expect(labels(r)[0]).toBe('kok');
  });

  it('counts every hit once and pages without repeating one', async () => {
    const first = await search(`query: "verpleegkundige"`);
    const sectorTotal = first.facets[0]!.values.reduce((n, v) => n + v.count, 0);
    expect(sectorTotal).toBe(first.totalCount);
    const ids = new Set<string>();
    for (let offset = 0; offset < Math.min(first.totalCount, 60); offset += 10) {
      const after = offset === 0 ? '' : `, after: "${encodeOffset(offset)}"`;
      const page = await search(`query: "verpleegkundige"${after}`);
      for (const h of page.hits) {
        expect(ids.has(h.node.id)).toBe(false);
        ids.add(h.node.id);
      }
    }
  });

  it('leaves a text that names no occupation to the plain search', async () => {
    const r = await search(`query: "Haarlem"`);
    expect(r.totalCount).toBeGreaterThan(0);
  });
});
