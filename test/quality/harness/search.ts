/**
 * Search reads a job title: for each common title typed alone, how many of the top 10 vacancies are of
 * that occupation or a close one, without a place and with a postcode and radius. A title passes when at
 * least 8 are (or all that exist, when fewer than 8 open vacancies of those occupations are there).
 */
import { haversineKm } from '@werkbrug/shared/region/geo';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import { type Capabilities, type NeutralVacancy, searchVacancies } from './adapter.ts';
import { type GraphqlClient, mapLimit } from './client.ts';
import type { SearchItem } from './data.ts';

export interface SearchCase {
  title: string;
  where: string;
  hits: number;
  returned: number;
  available: number;
  needed: number;
  pass: boolean;
  top: string[];
}

export interface SearchSummary {
  cases: SearchCase[];
  /** Per mode ("no place", "postcode + radius"): titles passing / titles. */
  passShare: { plain: number; near: number; all: number };
  meanShare: number;
}

export const minHits = 8;

function judge(item: SearchItem, where: string, hits: NeutralVacancy[], available: number): SearchCase {
  const accepted = new Set(item.accepted);
  const inOcc = hits.slice(0, 10).filter((v) => v.occupationUri && accepted.has(v.occupationUri)).length;
  const needed = Math.min(minHits, available);
  return {
    title: item.title,
    where,
    hits: inOcc,
    returned: hits.length,
    available,
    needed,
    pass: inOcc >= needed,
    top: hits.slice(0, 10).map((v) => v.occupationLabel ?? '?'),
  };
}

export async function evaluateSearch(
  client: GraphqlClient,
  caps: Capabilities,
  items: SearchItem[],
  allOpen: NeutralVacancy[],
): Promise<SearchSummary> {
  const cases = (
    await mapLimit(items, 2, async (item) => {
      const accepted = new Set(item.accepted);
      const ofOcc = allOpen.filter((v) => v.occupationUri && accepted.has(v.occupationUri));
      const area = lookupPostcode(item.postcode);
      if (!area) throw new Error(`Unknown postcode ${item.postcode}`);
      // A little under the radius: the product measures from its own centre of the PC4 area.
      const within = ofOcc.filter((v) => haversineKm(area.lat, area.lon, v.lat, v.lon) <= item.radiusKm - 0.3).length;
      const plain = await searchVacancies(client, caps, { query: item.title, first: 10 });
      const near = await searchVacancies(client, caps, {
        query: item.title,
        near: { postcode: item.postcode, radiusKm: item.radiusKm },
        first: 10,
      });
      return [
        judge(item, 'no place', plain, ofOcc.length),
        judge(item, `${item.postcode} +${item.radiusKm} km`, near, within),
      ];
    })
  ).flat();
  const share = (list: SearchCase[]) => (list.length ? list.filter((c) => c.pass).length / list.length : 0);
  const plain = cases.filter((c) => c.where === 'no place');
  const near = cases.filter((c) => c.where !== 'no place');
  const shares = cases.map((c) => (c.needed === 0 ? 1 : Math.min(1, c.hits / Math.min(10, c.available))));
  return {
    cases,
    passShare: { plain: share(plain), near: share(near), all: share(cases) },
    meanShare: shares.reduce((a, b) => a + b, 0) / (shares.length || 1),
  };
}
