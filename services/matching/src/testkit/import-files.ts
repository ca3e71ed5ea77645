import type { Course } from '@werkbrug/shared/schemas/course';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { toJobPosting } from '../ingest/job-posting-export.ts';

/**
 * Import files for the tests, written the way other systems write them: JobPosting JSON-LD as a job board
 * publishes it (half with Werkbrug's own properties, as our feed has them, half plain schema.org) and an OOAPI
 * dump of programs and offerings. Every `brokenEvery`-th record is broken in one of ten ways, so the tests know
 * exactly which records must not land.
 */
type Posting = Record<string, unknown>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Plain schema.org: no Werkbrug properties, skills as ESCO terms, hours in words, no level. */
function plain(p: Posting): Posting {
  const out: Posting = {};
  for (const [k, v] of Object.entries(p)) if (!k.startsWith('werkbrug:')) out[k] = v;
  out['@context'] = 'https://schema.org/';
  return out;
}

const postingBreaks: ((p: Posting) => void)[] = [
  (p) => delete p.title,
  (p) => ((p.jobLocation as { address: Posting }).address.postalCode = '9999'),
  (p) => {
    delete p.applicationContact;
    delete p.url;
  },
  (p) => (p.validThrough = '2001-01-31'),
  (p) => (p.description = 'Kort.'),
  (p) => (p['@type'] = 'Event'),
  (p) => delete p.hiringOrganization,
  (p) => {
    delete p.workHours;
    delete p['werkbrug:hoursMin'];
    delete p['werkbrug:hoursMax'];
    delete p.employmentType;
  },
  (p) => ((p.applicationContact as Posting).email = 'geen-adres'),
  // No occupation to be found: an unknown code, and a title that is only the board's own job number (a title
  // naming a job is read, as a jobseeker's typed title is, so that alone would not break the record).
  (p) => {
    p.occupationalCategory = [{ '@type': 'CategoryCode', codeValue: '0000', inCodeSet: 'ISCO-08' }];
    p.title = `Functie ${String(p.title).length}-B (m/v/x)`;
  },
];

export function jobPostingFile(
  vacancies: readonly Vacancy[],
  taxonomy: Taxonomy,
  brokenEvery = 20,
): { file: Posting; brokenIds: string[]; goodIds: string[] } {
  const brokenIds: string[] = [];
  const goodIds: string[] = [];
  const postings = vacancies.map((v, i) => {
    const ready: Vacancy = {
      ...v,
      title: i % 2 === 0 ? v.title : `${v.title} bij ${v.employerName}`,
      validThrough: v.validThrough < inDays(30) ? inDays(60 + (i % 30)) : v.validThrough,
      // Another board's record: a contact on the board's own page.
      application: v.application ?? { url: null, email: 'vacatures@example.nl', phone: null, contactName: null },
    };
    const { '@context': _c, ...posting } = toJobPosting(ready, taxonomy, 'https://vacaturebord.example.nl');
    const record: Posting = i % 2 === 0 ? { ...posting } : plain(posting);
    record.identifier = { '@type': 'PropertyValue', name: 'vacaturebord', value: `bord-${v.id}` };
    if (i % brokenEvery === brokenEvery - 1) {
      postingBreaks[((i / brokenEvery) % postingBreaks.length) | 0]!(record);
      brokenIds.push(`bord-${v.id}`);
    } else goodIds.push(`bord-${v.id}`);
    return record;
  });
  return { file: { '@context': 'https://schema.org/', '@graph': postings }, brokenIds, goodIds };
}

const programBreaks: ((program: Posting, offerings: Posting[]) => void)[] = [
  (p) => delete p.name,
  (p) => {
    delete p.level;
    (p.consumers as Posting[])[0]!.kind = undefined;
    delete (p.consumers as Posting[])[0]!.nlqfLevel;
  },
  (p) => (p.duration = 'P5Y'),
  (p, o) => {
    delete (p.consumers as Posting[])[0]!.signUp;
    delete p.link;
    for (const x of o) delete x.link;
  },
  (_p, o) => {
    for (const x of o) x.startDate = '2001-09-03';
  },
  (_p, o) => {
    for (const x of o) x.addresses = [{ addressType: 'teaching', postalCode: '0000' }];
  },
  (p) =>
    ((p.consumers as Posting[])[0]!.occupations = [
      'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000',
    ]),
  (_p, o) => {
    for (const x of o) x.priceInformation = [{ costType: 'total costs', amount: -50 }];
  },
  (p) => (((p.consumers as Posting[])[0]!.entry as Posting).dutchLevel = 'Z9'),
  (p) => (p.organization = { organizationId: 'org-x' }),
];

/** One OOAPI program (with the Werkbrug consumer extension) and its offerings per course. */
export function ooapiFile(courses: readonly Course[], brokenEvery = 20) {
  const brokenIds: string[] = [];
  const goodIds: string[] = [];
  const programs: Posting[] = [];
  const offerings: Posting[] = [];
  courses.forEach((c, i) => {
    const programId = `prog-${c.id.slice(4)}`;
    const program: Posting = {
      programId,
      primaryCode: { codeType: 'programCode', code: programId },
      programType: 'program',
      name: [{ language: 'nl-NL', value: c.title }],
      description: [{ language: 'nl-NL', value: c.description }],
      teachingLanguage: 'nld',
      duration: `P${c.durationWeeks}W`,
      level: c.nlqfLevel <= 4 ? `secondary vocational education ${Math.max(1, c.nlqfLevel)}` : 'bachelor',
      ...(c.crebo ? { otherCodes: [{ codeType: 'crohoCreboCode', code: c.crebo }] } : {}),
      organization: { organizationId: c.providerId, name: [{ language: 'nl-NL', value: c.providerName }] },
      link: c.signUp.url ?? undefined,
      consumers: [
        {
          consumerKey: 'werkbrug',
          kind: c.kind,
          nlqfLevel: c.nlqfLevel,
          mode: c.mode,
          hoursPerWeek: c.hoursPerWeek,
          skills: c.skillsTaught,
          occupations: c.targetOccupations,
          givesCertificates: c.givesCertificates,
          entry: { ...c.entry },
          jobGuarantee: c.jobGuarantee,
          employerName: c.employerName,
          providerKind: c.providerKind,
          priceNote: c.priceNote,
          signUp: { url: c.signUp.url, email: c.signUp.email, phone: c.signUp.phone },
        },
      ],
    };
    // Starts to come whatever day the test runs: 1 and 4 months ahead.
    const starts = [inDays(30 + (i % 20)), inDays(120 + (i % 20))];
    const mine = starts.map((start, k) => ({
      offeringId: `${programId}-${k + 1}`,
      offeringType: 'program',
      program: programId,
      name: [{ language: 'nl-NL', value: c.title }],
      startDate: start,
      endDate: new Date(Date.parse(start) + c.durationWeeks * 7 * 86_400_000).toISOString().slice(0, 10),
      modeOfDelivery: [c.mode === 'online' ? 'online' : 'on campus'],
      maxNumberStudents: c.places ?? undefined,
      priceInformation: [{ costType: 'total costs', amount: c.price, displayAmount: `€ ${c.price}` }],
      addresses: c.location
        ? [{ addressType: 'teaching', postalCode: c.location.postcode, city: c.location.place }]
        : [],
    }));
    if (i % brokenEvery === brokenEvery - 1) {
      programBreaks[((i / brokenEvery) % programBreaks.length) | 0]!(program, mine);
      brokenIds.push(programId);
    } else goodIds.push(programId);
    programs.push(program);
    offerings.push(...mine);
  });
  return { file: { programs, offerings }, brokenIds, goodIds };
}
