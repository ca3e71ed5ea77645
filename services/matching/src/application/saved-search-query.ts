import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import { contractTypes, type ContractType } from '@werkbrug/shared/schemas/vacancy';
import type { Near, SearchQuery, VacancyFacet, VacancyFilter, VacancySort } from '../search/port.ts';

/** The parts of a saved search an alert mail repeats as its reason. */
export interface SearchSummary {
  text: string | null;
  postcode: string | null;
  radiusKm: number | null;
  sectors: string[];
}

const contractValues = new Set<string>(contractTypes);

function whole(value: string | null, min: number, max: number): number | null {
  const n = value === null ? Number.NaN : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/**
 * Reads a saved vacancy search: the query string of the web app's search page (its format is
 * defined in web/src/pages/search/search-state.ts: q, sector, contract, gemeente, niveau,
 * garantiebaan, bbl, postcode, km). Unknown parameters are left out, as the page does. Alerts want
 * what is new, so the result is sorted newest first and limited to vacancies posted since `since`.
 */
export function vacancyQueryOf(
  queryString: string,
  since: string,
  limit: number,
): { query: SearchQuery<VacancyFilter, VacancySort, VacancyFacet>; summary: SearchSummary } {
  const params = new URLSearchParams(queryString);
  const text = params.get('q')?.trim().slice(0, 200) || null;
  const level = whole(params.get('niveau'), 1, 8);
  const filter: VacancyFilter = { postedSince: since };
  const sectors = params.getAll('sector').slice(0, 20);
  if (sectors.length) filter.sectors = sectors;
  const contracts = params
    .getAll('contract')
    .map((c) => c.toLowerCase())
    .filter((c): c is ContractType => contractValues.has(c));
  if (contracts.length) filter.contractTypes = contracts;
  const municipalities = params.getAll('gemeente').slice(0, 20);
  if (municipalities.length) filter.municipalities = municipalities;
  if (level !== null) Object.assign(filter, { levelMin: level, levelMax: level });
  if (params.get('garantiebaan') === 'ja') filter.garantiebaan = true;
  if (params.get('bbl') === 'ja') filter.bbl = true;
  const area = lookupPostcode(params.get('postcode') ?? '');
  const radiusKm = whole(params.get('km'), 1, 100);
  const near: Near | undefined = area ? { lat: area.lat, lon: area.lon, ...(radiusKm ? { radiusKm } : {}) } : undefined;
  return {
    query: { ...(text ? { text } : {}), filter, ...(near ? { near } : {}), sort: 'newest', offset: 0, limit },
    summary: { text, postcode: area ? area.pc4 : null, radiusKm: area ? radiusKm : null, sectors },
  };
}
