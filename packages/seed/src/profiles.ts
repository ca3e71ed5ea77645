import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { RegionalOccupation } from '@werkbrug/shared/taxonomy/lexicon';
import type { CertificateKey } from '@werkbrug/shared/schemas/certificate';
import { noWishes, type Profile, type TargetGroup, type TravelMode } from '@werkbrug/shared/schemas/profile';
import type { FundingScheme } from '@werkbrug/shared/schemas/course';
import type { Occupation, SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { Random } from './random.ts';
import { hourPatterns, typicalLevel } from './occupation-facts.ts';
import { pickArea } from './places.ts';
import { atNoon } from './dates.ts';

/** The groups the policy names, with where their people come from. */
interface Persona {
  key: string;
  weight: number;
  sectors: SectorKey[];
  groups: TargetGroup[];
  /** Only the listed occupations (by Dutch label), when the group is narrower than its sector. */
  labels?: string[];
  levelShift?: number;
  noWorkHistory?: boolean;
}

const personas: Persona[] = [
  {
    key: 'cabin-crew',
    weight: 14,
    sectors: ['aviation'],
    groups: ['werk-naar-werk', 'ww'],
    labels: ['cabinemedewerker', 'purser', 'steward/stewardess', 'grondsteward'],
  },
  { key: 'aviation-ground', weight: 8, sectors: ['aviation'], groups: ['ww'] },
  { key: 'hospitality', weight: 16, sectors: ['hospitality'], groups: ['ww', 'bijstand'] },
  { key: 'retail', weight: 12, sectors: ['retail'], groups: ['ww', 'werk-naar-werk'] },
  { key: 'events', weight: 8, sectors: ['events_culture'], groups: ['zzp', 'ww'] },
  { key: 'travel', weight: 5, sectors: ['travel'], groups: ['ww', 'werk-naar-werk'] },
  { key: 'steel', weight: 8, sectors: ['steel'], groups: ['werk-naar-werk'] },
  { key: 'zzp', weight: 7, sectors: ['events_culture', 'ict', 'hospitality', 'travel'], groups: ['zzp'] },
  {
    key: 'school-leaver',
    weight: 9,
    sectors: ['hospitality', 'retail', 'logistics', 'ict', 'healthcare'],
    groups: ['schoolverlater'],
    noWorkHistory: true,
    levelShift: -1,
  },
  {
    key: 'bijstand',
    weight: 8,
    sectors: ['hospitality', 'retail', 'logistics', 'aviation'],
    groups: ['bijstand'],
    levelShift: -1,
  },
  {
    key: 'banenafspraak',
    weight: 5,
    sectors: ['hospitality', 'logistics', 'aviation', 'retail'],
    groups: ['banenafspraak'],
    labels: [
      'keukenhulp',
      'orderpicker',
      'vliegtuigschoonmaker',
      'winkelmedewerker',
      'medewerker huishoudelijke dienst',
      'magazijnmedewerker',
      'bagagemedewerker',
    ],
    levelShift: -2,
  },
];

const aliases = [
  'Sanne',
  'Mohamed',
  'Lotte',
  'Daan',
  'Fatima',
  'Jeroen',
  'Esra',
  'Bram',
  'Noor',
  'Kevin',
  'Iris',
  'Yusuf',
  'Fleur',
  'Tim',
  'Samira',
  'Ruben',
  'Anouk',
  'Mehmet',
  'Eva',
  'Joost',
  'Priya',
  'Niels',
  'Chantal',
  'Ahmed',
  'Marieke',
  'Luuk',
  'Ayşe',
  'Dennis',
  'Kim',
  'Rachid',
  'Lisa',
  'Sven',
  'Demi',
  'Stefan',
  'Yara',
  'Patrick',
  'Zeynep',
  'Mark',
  'Inge',
  'Hamza',
];

function travelFor(random: Random): { mode: TravelMode; maxMinutes: number } {
  const mode = random.weighted<TravelMode>([
    ['fiets', 45],
    ['ov', 25],
    ['auto', 30],
  ]);
  const limits: Record<TravelMode, number[]> = {
    fiets: [15, 20, 25, 30, 40],
    ov: [20, 30, 45, 60],
    auto: [15, 20, 30, 45],
  };
  return { mode, maxMinutes: random.pick(limits[mode]) };
}

export interface ProfileContext {
  taxonomy: Taxonomy;
  /** People come from the region's occupations (shared/curation/region). */
  regional: readonly RegionalOccupation[];
  adviserIds: readonly string[];
}

export function generateProfiles(random: Random, count: number, ctx: ProfileContext): Profile[] {
  const { taxonomy } = ctx;
  const regionalByUri = new Map(ctx.regional.map((r) => [r.uri, r]));
  const regionalOccupations = ctx.regional.flatMap((r) => taxonomy.occupationByUri.get(r.uri) ?? []);
  const profiles: Profile[] = [];
  for (let i = 0; i < count; i++) {
    const persona = random.weighted(personas.map((p) => [p, p.weight] as const));
    const pool = regionalOccupations.filter(
      (o) => persona.sectors.includes(o.sector) && (!persona.labels || persona.labels.includes(o.labelNl)),
    );
    const held: Occupation[] = persona.noWorkHistory
      ? []
      : random.sample(
          pool,
          random.weighted([
            [1, 7],
            [2, 3],
          ] as const),
        );
    const skills = new Set<string>();
    const occupations = held.map((o) => {
      const rel = taxonomy.skillsOf(o.uri);
      for (const s of random.sample(rel.essential, Math.ceil(rel.essential.length * (0.4 + random.next() * 0.45))))
        skills.add(s);
      for (const s of random.sample(rel.optional, Math.floor(rel.optional.length * random.next() * 0.3))) skills.add(s);
      return { occupationUri: o.uri, years: random.int(1, 22) };
    });
    if (persona.noWorkHistory) {
      // School leavers bring what a work placement (stage) taught them.
      const o = random.pick(pool);
      for (const s of random.sample(taxonomy.skillsOf(o.uri).essential, random.int(2, 5))) skills.add(s);
    }
    // Some of the certificates their past jobs asked for (a forklift driver has the forklift certificate).
    const certificates = new Set<CertificateKey>();
    for (const o of held)
      for (const k of regionalByUri.get(o.uri)?.certificates ?? []) if (random.chance(0.6)) certificates.add(k);
    if (random.chance(0.15)) certificates.add('rijbewijs-b');
    const baseLevel = held[0]
      ? (regionalByUri.get(held[0].uri)?.levelTypical ?? typicalLevel(held[0]))
      : random.int(2, 4);
    const level = Math.max(
      1,
      Math.min(
        8,
        baseLevel +
          (persona.levelShift ?? 0) +
          random.weighted([
            [0, 6],
            [-1, 2],
            [1, 2],
          ] as const),
      ),
    );
    const [hoursMin, hoursMax] = random.pick(hourPatterns);
    const young = persona.key === 'school-leaver';
    const birthYear = young ? random.int(2004, 2008) : random.int(1962, 2002);
    const funding: FundingScheme[] = young ? ['nl-leert-door'] : ['nl-leert-door', 'stap'];
    const shareWithAdviser = random.chance(0.85);
    profiles.push({
      id: `prf_demo-${String(i + 1).padStart(5, '0')}`,
      alias: `${random.pick(aliases)} (demo)`,
      occupations,
      skills: [...skills],
      certificates: [...certificates].sort(),
      wishes: noWishes,
      nlqfLevel: level,
      postcode: pickArea(random, 0.03).pc4,
      travel: travelFor(random),
      hoursMin,
      hoursMax,
      languages: [
        random.chance(0.8)
          ? { language: 'Nederlands', level: 'moedertaal' as const }
          : { language: 'Nederlands', level: random.pick(['A2', 'B1', 'B2'] as const) },
        ...(persona.sectors.includes('aviation') || random.chance(0.4)
          ? [{ language: 'Engels', level: random.pick(['B1', 'B2', 'C1'] as const) }]
          : []),
      ],
      targetGroups: random.sample(persona.groups, random.int(1, persona.groups.length)),
      eligibleFunding: funding.sort(),
      consent: { visibleToEmployers: random.chance(0.45), shareWithAdviser },
      demographics: {
        birthYear,
        gender: random.weighted([
          ['vrouw', 48],
          ['man', 48],
          ['anders', 2],
          ['onbekend', 2],
        ] as const),
        nationality: random.weighted([
          ['Nederlandse', 85],
          ['Turkse', 4],
          ['Marokkaanse', 4],
          ['Poolse', 3],
          ['Syrische', 2],
          [null, 2],
        ] as const),
      },
      userId: null,
      adviserId:
        shareWithAdviser && ctx.adviserIds.length > 0 && random.chance(0.8) ? random.pick(ctx.adviserIds) : null,
      demo: true,
      version: 1,
      updatedAt: atNoon('2026-11-01'),
    });
  }
  return profiles;
}
