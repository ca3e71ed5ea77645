import type { ContractType, CourseMode, CourseSort, VacancySort } from '../../gql/graphql.ts';

/**
 * The whole search lives in the URL, so a search can be shared and the back button restores it.
 * Parameter names and values are short Dutch words; list values are the facet values the API
 * returns (`tijdelijk`, `nl-leert-door`), mapped to schema enums only when a query is built.
 */
export type SearchKind = 'vacatures' | 'opleidingen';

export const contractTypes = {
  vast: 'VAST',
  tijdelijk: 'TIJDELIJK',
  uitzend: 'UITZEND',
  oproep: 'OPROEP',
  bbl: 'BBL',
} as const satisfies Record<string, ContractType>;
export const courseModes = {
  klassikaal: 'KLASSIKAAL',
  online: 'ONLINE',
  blended: 'BLENDED',
  bbl: 'BBL',
  werkplek: 'WERKPLEK',
} as const satisfies Record<string, CourseMode>;
export const vacancySorts = {
  relevantie: 'RELEVANCE',
  afstand: 'DISTANCE',
  nieuwste: 'NEWEST',
  salaris: 'SALARY',
} as const satisfies Record<string, VacancySort>;
export const courseSorts = {
  relevantie: 'RELEVANCE',
  afstand: 'DISTANCE',
  prijs: 'PRICE',
  duur: 'DURATION',
  start: 'START_DATE',
} as const satisfies Record<string, CourseSort>;
export const radiusOptions = [2, 5, 10, 20, 40] as const;

export type ContractValue = keyof typeof contractTypes;
/** Funding schemes are data (admins add them): their keys, as the API's facets give them, e.g. `werkgever`. */
export type FundingValue = string;
export type ModeValue = keyof typeof courseModes;

export interface SearchState {
  kind: SearchKind;
  q: string;
  sectors: string[];
  contracts: ContractValue[];
  municipalities: string[];
  level: number | null;
  garantiebaan: boolean;
  bbl: boolean;
  funding: FundingValue[];
  modes: ModeValue[];
  postcode: string;
  radiusKm: number | null;
  /** A key of vacancySorts or courseSorts; null means the default order. */
  sort: string | null;
  /** How many pages of results are shown ("Meer laden"). */
  pages: number;
}

const isKeyOf =
  <T extends object>(map: T) =>
  (value: string): value is Extract<keyof T, string> =>
    Object.hasOwn(map, value);

export const isContractValue = isKeyOf(contractTypes);
export const isFundingValue = (value: string): value is FundingValue => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
export const isModeValue = isKeyOf(courseModes);

function whole(value: string | null, min: number, max: number): number | null {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** Reads a search from the URL; anything unknown (an edited or old link) is left out, not an error. */
export function readSearch(params: URLSearchParams): SearchState {
  const kind: SearchKind = params.get('soort') === 'opleidingen' ? 'opleidingen' : 'vacatures';
  const sortKeys: object = kind === 'vacatures' ? vacancySorts : courseSorts;
  const sort = params.get('sorteren');
  return {
    kind,
    q: params.get('q') ?? '',
    sectors: params.getAll('sector'),
    contracts: params.getAll('contract').filter(isContractValue),
    municipalities: params.getAll('gemeente'),
    level: whole(params.get('niveau'), 1, 8),
    garantiebaan: params.get('garantiebaan') === 'ja',
    bbl: params.get('bbl') === 'ja',
    funding: params.getAll('financiering').filter(isFundingValue),
    modes: params.getAll('leervorm').filter(isModeValue),
    postcode: params.get('postcode') ?? '',
    radiusKm: whole(params.get('km'), 1, 100),
    sort: sort && Object.hasOwn(sortKeys, sort) ? sort : null,
    pages: whole(params.get('paginas'), 1, 50) ?? 1,
  };
}

/** Writes a search to URL parameters, leaving out defaults so shared links stay short. */
export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const add = (name: string, value: string | number | null | boolean) => {
    if (value === null || value === '' || value === false) return;
    params.append(name, value === true ? 'ja' : String(value));
  };
  if (state.kind === 'opleidingen') add('soort', 'opleidingen');
  add('q', state.q);
  for (const v of state.sectors) add('sector', v);
  for (const v of state.contracts) add('contract', v);
  for (const v of state.municipalities) add('gemeente', v);
  add('niveau', state.level);
  add('garantiebaan', state.garantiebaan);
  add('bbl', state.bbl);
  for (const v of state.funding) add('financiering', v);
  for (const v of state.modes) add('leervorm', v);
  add('postcode', state.postcode);
  add('km', state.postcode ? state.radiusKm : null);
  add('sorteren', state.sort);
  if (state.pages > 1) add('paginas', state.pages);
  return params;
}

/** Filters that narrow the results (the text and the place are not counted). */
export function activeFilterCount(state: SearchState): number {
  const lists =
    state.kind === 'vacatures' ? [state.sectors, state.contracts, state.municipalities] : [state.funding, state.modes];
  const flags = state.kind === 'vacatures' ? [state.garantiebaan, state.bbl] : [];
  return lists.reduce((n, list) => n + list.length, 0) + flags.filter(Boolean).length + (state.level === null ? 0 : 1);
}

/** The same search without any filter: the text, the place and the kind stay. */
export function withoutFilters(state: SearchState): SearchState {
  return {
    ...state,
    sectors: [],
    contracts: [],
    municipalities: [],
    level: null,
    garantiebaan: false,
    bbl: false,
    funding: [],
    modes: [],
    sort: null,
    pages: 1,
  };
}

/** Vacancy filters mean nothing for courses and back, so a switch keeps only the text and place. */
export function switchKind(state: SearchState, kind: SearchKind): SearchState {
  return { ...withoutFilters(state), kind };
}

/** Adds the value when missing, removes it when present: what a checkbox does. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
