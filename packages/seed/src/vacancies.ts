import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Occupation, SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { ContractType, Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { contractTypeLabelsNl } from '@werkbrug/shared/schemas/vacancy';
import type { Random } from './random.ts';
import type { DemoEmployer } from './employers.ts';
import {
  basePayByLevel,
  caoScale,
  capitalize,
  contractWeights,
  hourPatterns,
  typicalLevel,
} from './occupation-facts.ts';
import { jitter, streets } from './places.ts';
import { addDays, atNoon } from './dates.ts';

/** Growing sectors get most openings: that is where the region is short of people. */
function sectorWeight(taxonomy: Taxonomy, sector: SectorKey): number {
  const outlook = taxonomy.sectorByKey.get(sector)?.outlook;
  const size: Partial<Record<SectorKey, number>> = {
    healthcare: 2.2,
    technical_energy: 1.6,
    ict: 1.2,
    logistics: 1.2,
    construction: 1.1,
  };
  return (outlook === 'growing' ? 10 : 1.6) * (size[sector] ?? 1);
}

const levelNames: Record<number, string> = {
  1: 'mbo niveau 1',
  2: 'mbo niveau 2',
  3: 'mbo niveau 3',
  4: 'mbo niveau 4',
  5: 'een associate degree',
  6: 'hbo-niveau',
  7: 'wo-masterniveau',
  8: 'promotieniveau',
};

function title(random: Random, occupation: Occupation, contract: ContractType, hoursMax: number): string {
  const base =
    random.chance(0.3) && occupation.altLabelsNl.length > 0 ? random.pick(occupation.altLabelsNl) : occupation.labelNl;
  let t = capitalize(base);
  if (contract === 'bbl') t += ' (BBL-leerwerkbaan)';
  else if (hoursMax <= 24) t += ' (parttime)';
  else if (random.chance(0.12))
    t += random.pick([' – zij-instromer welkom', ' (instapfunctie)', ' – regio Kennemerland', ' – fulltime']);
  return t;
}

function listNl(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

export interface VacancyContext {
  taxonomy: Taxonomy;
  employers: readonly DemoEmployer[];
  referenceDate: string;
}

export function generateVacancies(random: Random, count: number, ctx: VacancyContext): Vacancy[] {
  const { taxonomy } = ctx;
  const bySector = new Map<SectorKey, Occupation[]>();
  for (const o of taxonomy.occupations) bySector.set(o.sector, [...(bySector.get(o.sector) ?? []), o]);
  const sectorWeights = [...bySector.keys()].map((s) => [s, sectorWeight(taxonomy, s)] as const);
  const employersBySector = new Map<SectorKey, DemoEmployer[]>();
  for (const e of ctx.employers) employersBySector.set(e.sector, [...(employersBySector.get(e.sector) ?? []), e]);

  const vacancies: Vacancy[] = [];
  for (let i = 0; i < count; i++) {
    const sector = random.weighted(sectorWeights);
    const occupation = random.pick(bySector.get(sector)!);
    const employer = random.pick(employersBySector.get(sector)!);
    const related = taxonomy.skillsOf(occupation.uri);
    const essential = random.sample(
      related.essential,
      random.int(Math.min(5, related.essential.length), Math.min(12, related.essential.length)),
    );
    const optional = random.sample(related.optional, random.int(0, Math.min(6, related.optional.length)));
    const contract = random.weighted(contractWeights(sector));
    const [hoursMin, hoursMax] = random.pick(hourPatterns);
    const level = Math.min(
      8,
      Math.max(
        1,
        typicalLevel(occupation) +
          random.weighted([
            [0, 6],
            [-1, 2],
            [1, 2],
          ] as const) -
          (contract === 'bbl' ? 1 : 0),
      ),
    );
    const area = employer.area;
    const point = jitter(random, area);
    const posted = addDays(ctx.referenceDate, -random.int(0, 60));
    const hourly = contract === 'uitzend' || contract === 'oproep';
    const monthly = Math.round((basePayByLevel[level]! * (0.95 + random.next() * 0.1)) / 25) * 25;
    const salary = random.chance(0.85)
      ? hourly
        ? {
            min: Math.round((monthly / 156) * 100) / 100,
            max: Math.round(((monthly * 1.15) / 156) * 100) / 100,
            period: 'uur' as const,
            caoScale: caoScale(sector, level),
          }
        : {
            min: monthly,
            max: Math.round((monthly * (1.2 + random.next() * 0.2)) / 25) * 25,
            period: 'maand' as const,
            caoScale: caoScale(sector, level),
          }
      : null;
    const training =
      contract === 'bbl'
        ? 'Je volgt een erkende mbo-opleiding (BBL): vier dagen werken, één dag naar school. Wij betalen de opleiding.'
        : employer.trains && random.chance(0.6)
          ? random.pick([
              'Je krijgt een inwerkprogramma van 6 weken met een vaste buddy.',
              'Wij leiden je op via onze eigen academie.',
              'Zij-instromers krijgen een betaalde opleiding.',
            ])
          : null;
    const garantiebaan = level <= 2 && random.chance(0.15);
    const tTitle = title(random, occupation, contract, hoursMax);
    const labels = (uris: string[]) => uris.map((u) => taxonomy.skillByUri.get(u)?.labelNl ?? '').filter(Boolean);
    const tasks = labels(essential.slice(0, 3));
    const wants = labels(essential.slice(3, 7));
    const description = [
      `${employer.name} in ${area.place} zoekt een ${occupation.labelNl} voor ${hoursMin === hoursMax ? hoursMin : `${hoursMin} tot ${hoursMax}`} uur per week.`,
      tasks.length > 0 ? `Wat ga je doen? Je taken zijn onder meer: ${listNl(tasks)}.` : '',
      wants.length > 0
        ? `Wat vragen we? Je kunt ${listNl(wants)}. Je werkt op ${levelNames[level]} of je wilt dat leren.`
        : '',
      `Wat bieden we? ${contractTypeLabelsNl[contract]}${salary ? `, ${salary.period === 'maand' ? `€ ${salary.min} tot € ${salary.max} bruto per maand` : `€ ${salary.min.toFixed(2)} tot € ${salary.max.toFixed(2)} bruto per uur`}` : ''}.`,
      garantiebaan ? 'Deze baan is geschikt als garantiebaan (banenafspraak).' : '',
      training ?? '',
      'Let op: dit is een demovacature. De werkgever is verzonnen.',
    ]
      .filter(Boolean)
      .join(' ');
    vacancies.push({
      requiredCertificates: [],
      openToStarters: false,
      id: `vac_demo-${String(i + 1).padStart(6, '0')}`,
      title: tTitle,
      description,
      employerId: employer.id,
      employerName: employer.name,
      occupationUri: occupation.uri,
      sector,
      location: {
        postcode: area.pc4,
        address: random.chance(0.7) ? `${random.pick(streets)} ${random.int(1, 240)}` : null,
        place: area.place,
        municipality: area.municipality,
        ...point,
      },
      essentialSkills: essential,
      optionalSkills: optional.filter((s) => !essential.includes(s)),
      nlqfLevel: level,
      hoursMin,
      hoursMax,
      contractType: contract,
      garantiebaan,
      trainingOffered: training,
      salary,
      postedAt: posted,
      validThrough: addDays(posted, random.int(45, 150)),
      status: random.chance(0.03) ? 'closed' : 'open',
      demo: true,
      version: 1,
      updatedAt: atNoon(posted),
    });
  }
  return vacancies;
}
