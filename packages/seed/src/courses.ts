import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Course, CourseMode, FundingScheme, Provider } from '@werkbrug/shared/schemas/course';
import type { Occupation } from '@werkbrug/shared/schemas/taxonomy';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import type { Random } from './random.ts';
import { capitalize, typicalLevel } from './occupation-facts.ts';
import { jitter } from './places.ts';
import { addDays, atNoon } from './dates.ts';

type Kind = 'opleiding' | 'omscholing' | 'module' | 'algemeen';

/** Which providers teach which sectors; private trainers and the online school teach anything short. */
const providerSectors: Record<string, string[]> = {
  'prv_nova-college': [
    'healthcare',
    'childcare',
    'technical_energy',
    'logistics',
    'hospitality',
    'public_security',
    'ict',
    'construction',
  ],
  'prv_nova-campus': ['technical_energy', 'steel', 'construction', 'logistics'],
  'prv_tata-academy': ['technical_energy', 'steel', 'logistics'],
  prv_techniektuin: ['technical_energy', 'construction'],
  prv_inholland: ['healthcare', 'education', 'ict', 'public_security'],
  'prv_hs-leiden': ['healthcare', 'education', 'ict'],
  prv_zorgacademie: ['healthcare', 'childcare'],
  'prv_spaarne-digitaal': ['ict'],
  'prv_ijmond-techniek': ['technical_energy', 'steel', 'construction'],
  prv_veiligheid: ['public_security', 'aviation'],
  prv_transportschool: ['logistics'],
  prv_kinderopvang: ['childcare', 'education'],
  prv_bouwcampus: ['construction', 'technical_energy'],
  prv_online: ['ict', 'public_security', 'healthcare', 'logistics', 'retail', 'hospitality'],
  prv_taalhuis: ['hospitality', 'retail', 'healthcare'],
};

export interface CourseContext {
  taxonomy: Taxonomy;
  providers: readonly Provider[];
  referenceDate: string;
}

function fundingFor(random: Random, kind: Kind, mode: CourseMode, provider: Provider, price: number): FundingScheme[] {
  const funding = new Set<FundingScheme>();
  if (mode === 'bbl') funding.add('praktijkleren').add('werkgever');
  if (provider.kind === 'bedrijfsschool') funding.add('werkgever');
  if (kind !== 'opleiding' && price > 0 && random.chance(0.7)) funding.add('stap');
  if ((kind === 'module' || kind === 'algemeen') && mode !== 'klassikaal' && random.chance(0.35))
    funding.add('nl-leert-door');
  return [...funding].sort();
}

export function generateCourses(random: Random, count: number, ctx: CourseContext): Course[] {
  const { taxonomy } = ctx;
  const growing = new Set(taxonomy.sectors.filter((s) => s.outlook === 'growing').map((s) => s.key));
  const targets = taxonomy.occupations.filter((o) => growing.has(o.sector));
  const others = taxonomy.occupations.filter((o) => !growing.has(o.sector));
  const occupationsUsing = new Map<string, string[]>();
  for (const o of taxonomy.occupations) {
    for (const s of taxonomy.skillsOf(o.uri).essential)
      occupationsUsing.set(s, [...(occupationsUsing.get(s) ?? []), o.uri]);
  }

  const courses: Course[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random.weighted<Kind>([
      ['module', 55],
      ['omscholing', 22],
      ['opleiding', 13],
      ['algemeen', 10],
    ]);
    const occupation: Occupation =
      kind === 'algemeen' || random.chance(0.9) ? random.pick(targets) : random.pick(others);
    const eligible = ctx.providers.filter((p) => providerSectors[p.id]?.includes(occupation.sector));
    const provider = eligible.length > 0 ? random.pick(eligible) : random.pick(ctx.providers);
    const essential = taxonomy.skillsOf(occupation.uri).essential;
    const optional = taxonomy.skillsOf(occupation.uri).optional;
    const level = Math.max(1, Math.min(8, typicalLevel(occupation) + (kind === 'module' ? -1 : 0)));

    let skills: string[];
    let weeks: number;
    let hours: number;
    let mode: CourseMode;
    let title: string;
    const label = capitalize(occupation.labelNl);
    switch (kind) {
      case 'opleiding':
        skills = [
          ...random.sample(essential, Math.ceil(essential.length * (0.75 + random.next() * 0.25))),
          ...random.sample(optional, 4),
        ];
        weeks = random.pick([40, 52, 78, 104]);
        hours = random.pick([8, 16, 24]);
        mode = random.chance(0.55) ? 'bbl' : 'klassikaal';
        title = `${label} (${level >= 6 ? 'hbo' : `mbo niveau ${level}`}${mode === 'bbl' ? ', BBL' : ''})`;
        break;
      case 'omscholing':
        skills = random.sample(essential, Math.ceil(essential.length * (0.45 + random.next() * 0.3)));
        weeks = random.int(8, 26);
        hours = random.pick([8, 12, 16, 20]);
        mode = random.pick(['blended', 'klassikaal', 'blended'] as const);
        title = `Omscholing tot ${occupation.labelNl}${random.chance(0.4) ? ' voor zij-instromers' : ''}`;
        break;
      case 'module': {
        const focus = random.sample(essential, random.int(2, Math.min(5, essential.length)));
        skills = focus;
        weeks = random.int(1, 8);
        hours = random.pick([2, 4, 6, 8]);
        mode = random.pick(['online', 'klassikaal', 'blended'] as const);
        const first = taxonomy.skillByUri.get(focus[0]!)?.labelNl ?? occupation.labelNl;
        title = `${capitalize(first)}${focus.length > 1 ? ` en meer (${occupation.labelNl})` : ''}`;
        break;
      }
      default: {
        skills = random.sample(essential, random.int(2, 4));
        weeks = random.int(2, 10);
        hours = random.pick([2, 3, 4]);
        mode = random.pick(['online', 'blended'] as const);
        title = `Basiscursus ${random.pick(['werken in', 'kennismaken met', 'oriëntatie op'])} ${occupation.labelNl}`;
      }
    }
    skills = [...new Set(skills)];
    const priceBase = kind === 'opleiding' ? 1800 : kind === 'omscholing' ? 1400 : kind === 'module' ? 120 : 60;
    const price =
      mode === 'bbl' ? random.pick([0, 0, 1250]) : Math.round((priceBase + random.next() * priceBase * 1.5) / 5) * 5;
    const area = lookupPostcode(provider.postcode);
    const startCount = random.int(1, 4);
    const startDates = [
      ...new Set(Array.from({ length: startCount }, () => addDays(ctx.referenceDate, random.int(7, 180)))),
    ].sort();
    const targetOccupations = [
      occupation.uri,
      ...random.sample(
        (occupationsUsing.get(skills[0]!) ?? []).filter((u) => u !== occupation.uri),
        3,
      ),
    ];
    courses.push({
      id: `crs_demo-${String(i + 1).padStart(6, '0')}`,
      title,
      providerId: provider.id,
      providerName: provider.name,
      providerKind: provider.kind,
      description:
        `${provider.name} leidt je in ${weeks} weken op, ${hours} uur per week. ` +
        `Je leert onder meer: ${skills
          .slice(0, 4)
          .map((s) => taxonomy.skillByUri.get(s)?.labelNl)
          .filter(Boolean)
          .join(', ')}. ` +
        `Geschikt als je wilt werken als ${occupation.labelNl}. Let op: dit is een demo-opleiding.`,
      skillsTaught: skills,
      targetOccupations,
      nlqfLevel: level,
      durationWeeks: weeks,
      hoursPerWeek: hours,
      mode,
      location:
        mode === 'online' || !area
          ? null
          : {
              postcode: area.pc4,
              address: null,
              place: area.place,
              municipality: area.municipality,
              ...jitter(random, area),
            },
      startDates,
      price,
      funding: fundingFor(random, kind, mode, provider, price),
      status: 'open',
      demo: true,
      version: 1,
      updatedAt: atNoon(ctx.referenceDate),
    });
  }
  return courses;
}
