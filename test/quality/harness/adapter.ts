/**
 * THE ONE schema-dependent module of the harness. It maps the neutral profile JSON to the GraphQL inline
 * profile input, and reads matches, vacancies, labels, `fit` and resolution from the answers into
 * neutral shapes. It looks at the live schema (introspection) once and uses what is there:
 *
 *   typed occupations   `typedOccupations: [{ text, years }]` when the schema has it, else `occupationTexts`
 *                       (today: no years)
 *   typed skills        `typedSkills` or `skillTexts` (today)
 *   certificates        a `certificates` field (values mapped to the schema's enum) when present; today the
 *                       certificate's Dutch name goes in as a typed skill, as a person would type it
 *   wishes              a `wishes` input when present (sectors the schema knows, stayInField, typed wish texts
 *                       when it has a text field); today: not sent
 *   match label         a label field on the match or explanation when present; today the summary's
 *                       "Past goed / Past redelijk / Past misschien" prefix
 *   fit                 `fit: NOW | AFTER_COURSE` when present; today AFTER_COURSE when the bridge has
 *                       courses and lifts the score by >= 15 points to >= 60
 *   related experience  a field named like experience on the explanation when present; today the
 *                       `transition` component (similarity of held occupations) at >= 0.5
 *   vacancy             `openToStarters`, `requiredCertificates`, `bbl` when present; today BBL = contract
 *                       type BBL, starters = words in the title ("instap", "starter", "zij-instromer")
 *
 * Nothing else in test/quality may depend on the schema's details.
 */
import type { GraphqlClient } from './client.ts';
import type { QualityProfile } from './data.ts';

export type Outlook = 'GROWING' | 'STABLE' | 'SHRINKING';

export interface NeutralVacancy {
  id: string;
  title: string;
  occupationUri: string | null;
  occupationLabel: string | null;
  sectorKey: string;
  outlook: Outlook;
  hoursMin: number;
  hoursMax: number;
  nlqfLevel: number;
  garantiebaan: boolean;
  bbl: boolean;
  openToStarters: boolean;
  /** Certificate keys the vacancy states it requires (empty when the schema has no such field). */
  requiredCertificates: string[];
  lat: number;
  lon: number;
}

export interface NeutralMatch {
  vacancy: NeutralVacancy;
  score: number;
  label: string | null;
  /** The product labels this match as fitting ("past ..."), as opposed to "we know too little". */
  fitting: boolean;
  fit: 'NOW' | 'AFTER_COURSE';
  matchedEssentialSkills: number;
  relatedExperience: boolean;
  bridgeCourseIds: string[];
}

export interface NeutralResolution {
  /** `reading` is an ESCO URI, or `certificate:<key>` for certificate readings. */
  resolved: { text: string; reading: string; kind: string }[];
  unresolved: { value: string; kind: string; suggestions: string[] }[];
}

export interface MatchResult {
  matches: NeutralMatch[];
  resolution: NeutralResolution;
}

/** What the harness sends: the neutral profile fields (all optional except place, travel, hours, level). */
export type NeutralProfile = Pick<QualityProfile, 'nlqfLevel' | 'postcode' | 'travel' | 'hours'> &
  Partial<
    Pick<QualityProfile, 'typedOccupations' | 'typedSkills' | 'certificates' | 'targetGroups' | 'wishes' | 'languages'>
  >;

// ---------------------------------------------------------------- schema detection

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  type: TypeRef;
}
interface TypeInfo {
  name: string;
  kind: string;
  fields: FieldInfo[] | null;
  inputFields: FieldInfo[] | null;
  enumValues: { name: string }[] | null;
}

function namedType(ref: TypeRef): string {
  let r: TypeRef | null = ref;
  while (r && !r.name) r = r.ofType;
  return r?.name ?? '';
}
export interface Capabilities {
  /** Where typed occupations go and in which form. */
  typedOccupations:
    | { on: 'match' | 'profile'; field: string; textField: string; yearsField: string | null }
    | { on: 'match'; field: 'occupationTexts'; textField: null; yearsField: null };
  typedSkillsField: string;
  certificates: { on: 'match' | 'profile'; field: string; enumValues: string[] | null } | null;
  wishes: { on: 'match' | 'profile'; field: string; inputType: string; fields: Record<string, string> } | null;
  knownSectors: Set<string>;
  matchLabel: { on: 'match' | 'explanation'; field: string; scalar: boolean; sub: string | null } | null;
  fitField: string | null;
  experienceField: string | null;
  vacancy: {
    openToStarters: boolean;
    requiredCertificates: { field: string; objectKey: string | null } | null;
    bbl: boolean;
  };
  resolutionCertificates: boolean;
  /** One line for the report: which schema generation the harness talks to. */
  summary: string;
}

const typeQuery = `query($n: String!) { __type(name: $n) { name kind
  fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
  inputFields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
  enumValues { name } } }`;

async function typeInfo(client: GraphqlClient, name: string): Promise<TypeInfo | null> {
  if (!name) return null;
  const data = await client.request<{ __type: TypeInfo | null }>(typeQuery, { n: name });
  return data.__type;
}

function field(t: TypeInfo | null, name: string | RegExp): FieldInfo | undefined {
  const list = t?.inputFields ?? t?.fields ?? [];
  return list.find((f) => (typeof name === 'string' ? f.name === name : name.test(f.name)));
}

export async function detectCapabilities(client: GraphqlClient): Promise<Capabilities> {
  const [matchInput, profileInput, vacancyMatch, explanation, vacancy, resolution] = await Promise.all(
    ['MatchProfileInput', 'ProfileInput', 'VacancyMatch', 'MatchExplanation', 'Vacancy', 'Resolution'].map((n) =>
      typeInfo(client, n),
    ),
  );
  if (!matchInput || !profileInput || !vacancyMatch || !explanation || !vacancy)
    throw new Error('The schema lacks MatchProfileInput, ProfileInput, VacancyMatch, MatchExplanation or Vacancy');

  const notes: string[] = [];
  // Typed occupations.
  let typedOccupations: Capabilities['typedOccupations'] = {
    on: 'match',
    field: 'occupationTexts',
    textField: null,
    yearsField: null,
  };
  for (const [on, t] of [
    ['match', matchInput],
    ['profile', profileInput],
  ] as const) {
    const f = field(t, 'typedOccupations');
    if (!f) continue;
    const element = await typeInfo(client, namedType(f.type));
    const textField = field(element, /^(text|value|title)$/)?.name;
    if (!textField) continue;
    typedOccupations = { on, field: f.name, textField, yearsField: field(element, /^years/)?.name ?? null };
    break;
  }
  notes.push(
    typedOccupations.field === 'occupationTexts'
      ? 'occupationTexts (no years)'
      : `typedOccupations${typedOccupations.yearsField ? ' with years' : ''}`,
  );
  const typedSkillsField = field(matchInput, 'typedSkills') ? 'typedSkills' : 'skillTexts';

  // Certificates.
  let certificates: Capabilities['certificates'] = null;
  for (const [on, t] of [
    ['profile', profileInput],
    ['match', matchInput],
  ] as const) {
    const f = field(t, /^certificates?(Keys)?$/);
    if (!f) continue;
    const enumType = await typeInfo(client, namedType(f.type));
    certificates = {
      on,
      field: f.name,
      enumValues: enumType?.kind === 'ENUM' ? (enumType.enumValues ?? []).map((v) => v.name) : null,
    };
    break;
  }
  notes.push(certificates ? 'certificates' : 'no certificates (sent as typed skills)');

  // Wishes.
  let wishes: Capabilities['wishes'] = null;
  for (const [on, t] of [
    ['profile', profileInput],
    ['match', matchInput],
  ] as const) {
    const f = field(t, 'wishes');
    if (!f) continue;
    const w = await typeInfo(client, namedType(f.type));
    const fields: Record<string, string> = {};
    for (const x of w?.inputFields ?? []) fields[x.name] = namedType(x.type);
    wishes = { on, field: f.name, inputType: namedType(f.type), fields };
    break;
  }
  notes.push(wishes ? 'wishes' : 'no wishes');
  let knownSectors = new Set<string>();
  try {
    const s = await client.request<{ sectors: { key: string }[] }>('{ sectors { key } }');
    knownSectors = new Set(s.sectors.map((x) => x.key));
  } catch {
    // Older or newer schema without sectors: send none.
  }

  // Labels, fit and evidence on the way back.
  let matchLabel: Capabilities['matchLabel'] = null;
  for (const [on, t] of [
    ['match', vacancyMatch],
    ['explanation', explanation],
  ] as const) {
    const f = field(t, /^(label|fitLabel|matchLabel|labelNl)$/);
    if (!f) continue;
    const target = await typeInfo(client, namedType(f.type));
    const scalar = !target || target.kind === 'SCALAR' || target.kind === 'ENUM';
    const sub = scalar ? null : (field(target, /^(code|key|value|labelNl|nl|text|label)$/)?.name ?? null);
    if (!scalar && !sub) continue;
    matchLabel = { on, field: f.name, scalar, sub };
    break;
  }
  notes.push(matchLabel ? `label ${matchLabel.on}.${matchLabel.field}` : 'label from summary');
  const fitField = field(vacancyMatch, /^fit$/) ? 'fit' : null;
  notes.push(fitField ? 'fit' : 'fit from bridge');
  const experienceField = field(explanation, /experience|ervaring/i)?.name ?? null;

  const rc = field(vacancy, /^requiredCertificates$/);
  let requiredCertificates: Capabilities['vacancy']['requiredCertificates'] = null;
  if (rc) {
    const t = await typeInfo(client, namedType(rc.type));
    const objectKey = t?.kind === 'OBJECT' ? (field(t, /^(key|id|code)$/)?.name ?? null) : null;
    requiredCertificates = { field: rc.name, objectKey };
  }
  const vacancyCaps = {
    openToStarters: !!field(vacancy, 'openToStarters'),
    requiredCertificates,
    bbl: !!field(vacancy, 'bbl'),
  };
  const resolutionCertificates = !!field(resolution ?? null, 'certificates');

  return {
    typedOccupations,
    typedSkillsField,
    certificates,
    wishes,
    knownSectors,
    matchLabel,
    fitField,
    experienceField,
    vacancy: vacancyCaps,
    resolutionCertificates,
    summary: notes.join(', '),
  };
}

// ---------------------------------------------------------------- profile -> input

/** Dutch names people type for the certificate keys (used when the schema has no certificate field). */
const certificateWords: Record<string, string> = {
  'vca-basis': 'VCA basis',
  'vca-vol': 'VCA VOL',
  'vil-vcu': 'VIL-VCU',
  bhv: 'BHV',
  ehbo: 'EHBO-diploma',
  reanimatie: 'reanimatie',
  heftruck: 'heftruckcertificaat',
  reachtruck: 'reachtruckcertificaat',
  hoogwerker: 'hoogwerkercertificaat',
  kraan: 'kraanmachinist certificaat',
  'rijbewijs-b': 'rijbewijs B',
  'rijbewijs-be': 'rijbewijs BE',
  'rijbewijs-c': 'rijbewijs C',
  'rijbewijs-ce': 'rijbewijs CE',
  'rijbewijs-d': 'rijbewijs D',
  'code-95': 'code 95',
  adr: 'ADR',
  chauffeurskaart: 'chauffeurskaart',
  'diploma-beveiliger': 'diploma beveiliger',
  vog: 'VOG',
  'svh-sociale-hygiene': 'sociale hygiëne',
  haccp: 'HACCP',
  'nen-3140': 'NEN 3140',
  'f-gassen': 'F-gassen',
  'big-registratie': 'BIG-registratie',
  lascertificaat: 'lascertificaat',
  'schiphol-pas': 'Schipholpas',
};

function enumFor(key: string, values: string[]): string | undefined {
  const want = key.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return values.find((v) => v === want) ?? values.find((v) => v.replace(/_/g, '') === want.replace(/_/g, ''));
}

export function toMatchProfileInput(p: NeutralProfile, caps: Capabilities): Record<string, unknown> {
  const profile: Record<string, unknown> = {
    occupations: [],
    skills: [],
    nlqfLevel: p.nlqfLevel,
    postcode: p.postcode,
    travel: { mode: p.travel.mode.toUpperCase(), maxMinutes: p.travel.maxMinutes },
    hoursMin: p.hours[0],
    hoursMax: p.hours[1],
  };
  if (p.targetGroups?.length) profile.targetGroups = p.targetGroups;
  if (p.languages?.length) profile.languages = p.languages;
  const input: Record<string, unknown> = { profile };
  const place = (on: 'match' | 'profile') => (on === 'match' ? input : profile);

  const occ = p.typedOccupations ?? [];
  const t = caps.typedOccupations;
  if (t.textField) {
    place(t.on)[t.field] = occ.map((o) => ({
      [t.textField as string]: o.text,
      ...(t.yearsField ? { [t.yearsField]: o.years } : {}),
    }));
  } else if (occ.length) {
    input.occupationTexts = occ.map((o) => o.text);
  }

  const skills = [...(p.typedSkills ?? [])];
  const certs = p.certificates ?? [];
  if (caps.certificates) {
    const { enumValues } = caps.certificates;
    const values = enumValues ? certs.map((c) => enumFor(c, enumValues)).filter((v): v is string => !!v) : certs;
    place(caps.certificates.on)[caps.certificates.field] = values;
  } else {
    for (const c of certs) skills.push(certificateWords[c] ?? c);
  }
  if (skills.length) input[caps.typedSkillsField] = skills;

  if (caps.wishes && p.wishes) {
    const f = caps.wishes.fields;
    const w: Record<string, unknown> = {};
    const sectors = (list: string[]) => list.filter((s) => caps.knownSectors.has(s));
    if ('sectors' in f) w.sectors = sectors(p.wishes.sectors);
    if ('excludeSectors' in f) w.excludeSectors = sectors(p.wishes.excludeSectors);
    if ('stayInField' in f) w.stayInField = p.wishes.stayInField;
    const textField = Object.keys(f).find((k) => /^(occupationTexts|typedOccupations|texts|occupationText)$/.test(k));
    if (textField && p.wishes.occupations.length) w[textField] = p.wishes.occupations;
    if ('occupations' in f && !('occupations' in w)) w.occupations = [];
    if ('excludeOccupations' in f) w.excludeOccupations = [];
    place(caps.wishes.on)[caps.wishes.field] = w;
  }
  return input;
}

// ---------------------------------------------------------------- selections and readers

export function vacancySelection(caps: Capabilities): string {
  const extra = [
    caps.vacancy.openToStarters ? 'openToStarters' : '',
    caps.vacancy.bbl ? 'bbl' : '',
    caps.vacancy.requiredCertificates
      ? caps.vacancy.requiredCertificates.objectKey
        ? `${caps.vacancy.requiredCertificates.field} { ${caps.vacancy.requiredCertificates.objectKey} }`
        : caps.vacancy.requiredCertificates.field
      : '',
  ].join(' ');
  return `id title contractType garantiebaan hoursMin hoursMax nlqfLevel occupation { uri labelNl } sector { key outlook } location { lat lon } ${extra}`;
}

const starterWords = /instap|starter|zij-?instro|geen ervaring|leerwerk/i;

export function readVacancy(raw: Record<string, unknown>, caps: Capabilities): NeutralVacancy {
  const r = raw as {
    id: string;
    title: string;
    contractType: string;
    garantiebaan: boolean;
    hoursMin: number;
    hoursMax: number;
    nlqfLevel: number;
    occupation: { uri: string; labelNl: string } | null;
    sector: { key: string; outlook: Outlook };
    location: { lat: number; lon: number };
    openToStarters?: boolean;
    bbl?: boolean;
  };
  let required: string[] = [];
  const rc = caps.vacancy.requiredCertificates;
  if (rc) {
    const list = (raw[rc.field] ?? []) as unknown[];
    required = list
      .map((x) => (rc.objectKey ? String((x as Record<string, unknown>)[rc.objectKey]) : String(x)))
      .map((k) => k.toLowerCase().replace(/_/g, '-'));
  }
  return {
    id: r.id,
    title: r.title,
    occupationUri: r.occupation?.uri ?? null,
    occupationLabel: r.occupation?.labelNl ?? null,
    sectorKey: r.sector.key,
    outlook: r.sector.outlook,
    hoursMin: r.hoursMin,
    hoursMax: r.hoursMax,
    nlqfLevel: r.nlqfLevel,
    garantiebaan: r.garantiebaan,
    bbl: caps.vacancy.bbl ? !!r.bbl || r.contractType === 'BBL' : r.contractType === 'BBL',
    openToStarters: caps.vacancy.openToStarters ? !!r.openToStarters : starterWords.test(r.title),
    requiredCertificates: required,
    lat: r.location.lat,
    lon: r.location.lon,
  };
}

const resolutionSelection = (caps: Capabilities) =>
  `resolution { resolved { text uri kind } unresolved { value kind suggestions { uri } } ${caps.resolutionCertificates ? 'certificates { key text }' : ''} }`;

export function matchSelection(caps: Capabilities): string {
  const label = caps.matchLabel
    ? caps.matchLabel.scalar
      ? caps.matchLabel.field
      : `${caps.matchLabel.field} { ${caps.matchLabel.sub} }`
    : '';
  return `matches {
    score ${caps.matchLabel?.on === 'match' ? label : ''} ${caps.fitField ?? ''}
    vacancy { ${vacancySelection(caps)} }
    explanation { summary ${caps.matchLabel?.on === 'explanation' ? label : ''} ${caps.experienceField ?? ''} matchedSkills { uri } components { name value } }
    bridge { fitNow fitAfter courses { course { id } } }
  }
  ${resolutionSelection(caps)}`;
}

const negativeLabel =
  /weinig|onbekend|onvoldoende|unknown|insufficient|evidence|niet|none|geen|little|not enough|no fit|too few/i;

export function isFittingLabel(label: string | null): boolean {
  if (!label) return false;
  return !negativeLabel.test(label.replace(/_/g, ' '));
}

export function readResolution(raw: unknown): NeutralResolution {
  const r = (raw ?? {}) as {
    resolved?: { text: string; uri: string; kind: string }[];
    unresolved?: { value: string; kind: string; suggestions: { uri: string }[] }[];
    certificates?: { key: string; text: string }[];
  };
  const reading = (uri: string, kind: string) =>
    kind === 'certificate' && !uri.startsWith('certificate:') ? `certificate:${uri.split(/[/:#]/).pop()}` : uri;
  return {
    resolved: [
      ...(r.resolved ?? []).map((x) => ({ text: x.text, reading: reading(x.uri, x.kind), kind: x.kind })),
      ...(r.certificates ?? []).map((c) => ({
        text: c.text,
        reading: `certificate:${c.key.toLowerCase().replace(/_/g, '-')}`,
        kind: 'certificate',
      })),
    ],
    unresolved: (r.unresolved ?? []).map((x) => ({
      value: x.value,
      kind: x.kind,
      suggestions: x.suggestions.map((s) => s.uri),
    })),
  };
}

export function readMatch(raw: Record<string, unknown>, caps: Capabilities): NeutralMatch {
  const m = raw as {
    score: number;
    fit?: string;
    vacancy: Record<string, unknown>;
    explanation: { summary: string; matchedSkills: unknown[]; components: { name: string; value: number }[] } & Record<
      string,
      unknown
    >;
    bridge: { fitNow: number; fitAfter: number; courses: { course: { id: string } }[] } | null;
  } & Record<string, unknown>;
  let label: string | null = null;
  if (caps.matchLabel) {
    const holder = caps.matchLabel.on === 'match' ? m : m.explanation;
    const v = holder[caps.matchLabel.field];
    label =
      v == null
        ? null
        : typeof v === 'object'
          ? String((v as Record<string, unknown>)[caps.matchLabel.sub ?? ''] ?? '')
          : String(v);
  } else {
    label = /^(Past [a-zé]+)/i.exec(m.explanation.summary)?.[1] ?? null;
  }
  const bridgeCourseIds = (m.bridge?.courses ?? []).map((c) => c.course.id);
  let fit: NeutralMatch['fit'] = 'NOW';
  if (caps.fitField) fit = String(m[caps.fitField]).toUpperCase().includes('AFTER') ? 'AFTER_COURSE' : 'NOW';
  else if (
    m.bridge &&
    bridgeCourseIds.length > 0 &&
    m.bridge.fitAfter >= m.bridge.fitNow + 15 &&
    m.bridge.fitAfter >= 60
  )
    fit = 'AFTER_COURSE';
  let relatedExperience = false;
  if (caps.experienceField) {
    const v = m.explanation[caps.experienceField];
    relatedExperience = Array.isArray(v) ? v.length > 0 : typeof v === 'number' ? v > 0 : !!v;
  } else {
    relatedExperience = m.explanation.components.some((c) => /transition|experience/.test(c.name) && c.value >= 0.5);
  }
  return {
    vacancy: readVacancy(m.vacancy, caps),
    score: m.score,
    label,
    fitting: isFittingLabel(label),
    fit,
    matchedEssentialSkills: m.explanation.matchedSkills.length,
    relatedExperience,
    bridgeCourseIds,
  };
}

// ---------------------------------------------------------------- the calls

export async function matchInline(
  client: GraphqlClient,
  caps: Capabilities,
  p: NeutralProfile,
  first = 10,
): Promise<MatchResult> {
  const query = `query($p: MatchProfileInput!, $first: Int!) { matchVacancies(first: $first, profile: $p) { ${matchSelection(caps)} } }`;
  const data = await client.request<{ matchVacancies: { matches: Record<string, unknown>[]; resolution: unknown } }>(
    query,
    { p: toMatchProfileInput(p, caps), first },
  );
  return {
    matches: data.matchVacancies.matches.map((m) => readMatch(m, caps)),
    resolution: readResolution(data.matchVacancies.resolution),
  };
}

export async function matchStored(
  client: GraphqlClient,
  caps: Capabilities,
  profileId: string,
  first = 10,
): Promise<MatchResult> {
  const query = `query($id: ID!, $first: Int!) { matchVacancies(first: $first, profileId: $id) { ${matchSelection(caps)} } }`;
  const data = await client.request<{ matchVacancies: { matches: Record<string, unknown>[]; resolution: unknown } }>(
    query,
    { id: profileId, first },
  );
  return {
    matches: data.matchVacancies.matches.map((m) => readMatch(m, caps)),
    resolution: readResolution(data.matchVacancies.resolution),
  };
}

/** Resolution only: the typed texts through matchVacancies' resolution (one match fetched). */
export async function resolveTexts(
  client: GraphqlClient,
  caps: Capabilities,
  texts: { occupations?: string[]; skills?: string[] },
): Promise<NeutralResolution> {
  const p: NeutralProfile = {
    nlqfLevel: 3,
    postcode: '2011',
    travel: { mode: 'fiets', maxMinutes: 10 },
    hours: [8, 40],
    typedOccupations: (texts.occupations ?? []).map((text) => ({ text, years: 3 })),
    typedSkills: texts.skills ?? [],
  };
  const query = `query($p: MatchProfileInput!) { matchVacancies(first: 1, profile: $p) { ${resolutionSelection(caps)} } }`;
  const data = await client.request<{ matchVacancies: { resolution: unknown } }>(query, {
    p: toMatchProfileInput(p, caps),
  });
  return readResolution(data.matchVacancies.resolution);
}

export interface SearchHit {
  vacancy: NeutralVacancy;
}

export async function searchVacancies(
  client: GraphqlClient,
  caps: Capabilities,
  args: { query?: string; near?: { postcode: string; radiusKm: number }; first: number },
): Promise<NeutralVacancy[]> {
  const query = `query($q: String, $near: NearInput, $first: Int!) { vacancies(query: $q, near: $near, first: $first) { hits { node { ${vacancySelection(caps)} } } } }`;
  const data = await client.request<{ vacancies: { hits: { node: Record<string, unknown> }[] } }>(query, {
    q: args.query ?? null,
    near: args.near ?? null,
    first: args.first,
  });
  return data.vacancies.hits.map((h) => readVacancy(h.node, caps));
}

/** Every open vacancy, page by page (the pool the ideal rankings are computed over). */
export async function allOpenVacancies(client: GraphqlClient, caps: Capabilities): Promise<NeutralVacancy[]> {
  const out: NeutralVacancy[] = [];
  let after: string | null = null;
  const query = `query($after: String) { vacancyList(first: 40, after: $after, status: OPEN) { pageInfo { endCursor hasNextPage } items { ${vacancySelection(caps)} } } }`;
  for (;;) {
    const data: {
      vacancyList: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; items: Record<string, unknown>[] };
    } = await client.request(query, { after });
    out.push(...data.vacancyList.items.map((v) => readVacancy(v, caps)));
    if (!data.vacancyList.pageInfo.hasNextPage) break;
    after = data.vacancyList.pageInfo.endCursor;
  }
  return out;
}

export async function courseExists(client: GraphqlClient, id: string): Promise<boolean> {
  try {
    await client.request('query($id: ID!) { course(id: $id) { id } }', { id });
    return true;
  } catch {
    return false;
  }
}

export async function signInAndFindProfile(
  client: GraphqlClient,
  email: string,
  password: string,
): Promise<{ client: GraphqlClient; profileId: string }> {
  const s = await client.request<{ signIn: { token: string } }>(
    'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
    { e: email, p: password },
  );
  const authed = client.withToken(s.signIn.token);
  const me = await authed.request<{ myProfile: { id: string } | null }>('{ myProfile { id } }');
  if (!me.myProfile) throw new Error(`${email} has no profile`);
  return { client: authed, profileId: me.myProfile.id };
}
