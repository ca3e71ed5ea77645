import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { RegionalOccupation } from '@werkbrug/shared/taxonomy/lexicon';
import type { Occupation, SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { ContractType, Vacancy } from '@werkbrug/shared/schemas/vacancy';
import { contractTypeLabelsNl } from '@werkbrug/shared/schemas/vacancy';
import { certificateNames } from '@werkbrug/shared/schemas/certificate';
import type { Random } from './random.ts';
import type { DemoEmployer } from './employers.ts';
import { basePayByLevel, caoScale, capitalize, contractWeights, hoursFor } from './occupation-facts.ts';
import { jitter, streets } from './places.ts';
import { addDays, atNoon } from './dates.ts';

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

/** A title as employers write it: a curated variant most of the time, ESCO's label otherwise. */
function title(
  random: Random,
  occupation: Occupation,
  regional: RegionalOccupation,
  contract: ContractType,
  hoursMax: number,
): string {
  const variants = regional.titleVariants;
  const base =
    variants.length > 0 && random.chance(0.75)
      ? random.pick(variants)
      : random.chance(0.3) && occupation.altLabelsNl.length > 0
        ? random.pick(occupation.altLabelsNl)
        : occupation.labelNl;
  let t = capitalize(base);
  if (contract === 'bbl') t += ' (BBL-leerwerkbaan)';
  else if (hoursMax <= 24) t += ' (parttime)';
  else if (regional.entry && random.chance(0.3)) t += random.pick([' – zij-instromer welkom', ' (instapfunctie)']);
  else if (random.chance(0.08)) t += random.pick([' – regio Kennemerland', ' – fulltime']);
  return t;
}

function listNl(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

export interface VacancyContext {
  taxonomy: Taxonomy;
  /** The region's occupations with their weights and conditions (shared/curation/region). */
  regional: readonly RegionalOccupation[];
  employers: readonly DemoEmployer[];
  referenceDate: string;
}

/** A realistic share of an occupation's ESCO skills: most essential ones (5-12), a few optional ones. */
function skillSubset(random: Random, taxonomy: Taxonomy, uri: string): { essential: string[]; optional: string[] } {
  const related = taxonomy.skillsOf(uri);
  const essential = random.sample(
    related.essential,
    random.int(Math.min(5, related.essential.length), Math.min(12, related.essential.length)),
  );
  const optional = random.sample(related.optional, random.int(0, Math.min(6, related.optional.length)));
  return { essential, optional: optional.filter((s) => !essential.includes(s)) };
}

/**
 * Which occupation each vacancy is of: every regional occupation gets openings in proportion to its
 * weight (vacancy volume), at least one when there are enough vacancies (largest remainders for the
 * rest), in a deterministic shuffled order.
 */
function allocate(random: Random, pool: readonly RegionalOccupation[], count: number): RegionalOccupation[] {
  const total = pool.reduce((n, r) => n + r.weight, 0);
  const floor = count >= pool.length ? 1 : 0;
  const quota = pool.map((r) => Math.max(floor, Math.floor((count * r.weight) / total)));
  let left = count - quota.reduce((n, q) => n + q, 0);
  const byRemainder = pool
    .map((r, i) => [i, (count * r.weight) / total - Math.floor((count * r.weight) / total)] as const)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  for (let k = 0; left > 0; k = (k + 1) % pool.length, left--) quota[byRemainder[k]![0]]!++;
  for (let k = pool.length - 1; left < 0; k = (k - 1 + pool.length) % pool.length) {
    const i = byRemainder[k]![0];
    if (quota[i]! > 1) {
      quota[i]!--;
      left++;
    }
  }
  const plan = pool.flatMap((r, i) => Array.from({ length: quota[i]! }, () => r));
  for (let i = plan.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [plan[i], plan[j]] = [plan[j]!, plan[i]!];
  }
  return plan;
}

export function generateVacancies(random: Random, count: number, ctx: VacancyContext): Vacancy[] {
  const { taxonomy } = ctx;
  const employersBySector = new Map<SectorKey, DemoEmployer[]>();
  for (const e of ctx.employers) employersBySector.set(e.sector, [...(employersBySector.get(e.sector) ?? []), e]);
  const plan = allocate(
    random,
    ctx.regional.filter((r) => taxonomy.occupationByUri.has(r.uri) && employersBySector.has(r.sector)),
    count,
  );

  const vacancies: Vacancy[] = [];
  for (let i = 0; i < count; i++) {
    const regional = plan[i]!;
    const occupation = taxonomy.occupationByUri.get(regional.uri)!;
    const sector = regional.sector;
    const employer = random.pick(employersBySector.get(sector)!);
    const { essential, optional } = skillSubset(random, taxonomy, occupation.uri);
    const contract =
      regional.bbl && random.chance(0.25) ? 'bbl' : random.weighted(contractWeights(sector, regional.bbl));
    const [hoursMin, hoursMax] = random.pick(hoursFor(regional.hours));
    const level = Math.min(
      8,
      Math.max(
        regional.levelMin,
        regional.levelTypical +
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
    const garantiebaan = regional.garantiebaan && level <= 2 && random.chance(0.35);
    const openToStarters = regional.entry && (contract === 'bbl' || random.chance(0.6));
    const tTitle = title(random, occupation, regional, contract, hoursMax);
    const labels = (uris: string[]) => uris.map((u) => taxonomy.skillByUri.get(u)?.labelNl ?? '').filter(Boolean);
    const certificates = regional.certificates.map((k) => certificateNames[k].nl);
    const tasks = labels(essential.slice(0, 3));
    const wants = labels(essential.slice(3, 7));
    const description = [
      `${employer.name} in ${area.place} zoekt een ${occupation.labelNl} voor ${hoursMin === hoursMax ? hoursMin : `${hoursMin} tot ${hoursMax}`} uur per week.`,
      tasks.length > 0 ? `Wat ga je doen? Je taken zijn onder meer: ${listNl(tasks)}.` : '',
      wants.length > 0
        ? `Wat vragen we? Je kunt ${listNl(wants)}. Je werkt op ${levelNames[level]} of je wilt dat leren.`
        : '',
      `Wat bieden we? ${contractTypeLabelsNl[contract]}${salary ? `, ${salary.period === 'maand' ? `€ ${salary.min} tot € ${salary.max} bruto per maand` : `€ ${salary.min.toFixed(2)} tot € ${salary.max.toFixed(2)} bruto per uur`}` : ''}.`,
      certificates.length > 0 ? `Je hebt ${listNl(certificates)} of haalt dat bij ons.` : '',
      openToStarters ? 'Geen ervaring nodig: wij leren je het vak.' : '',
      garantiebaan ? 'Deze baan is geschikt als garantiebaan (banenafspraak).' : '',
      training ?? '',
      'Let op: dit is een demovacature. De werkgever is verzonnen.',
    ]
      .filter(Boolean)
      .join(' ');
    vacancies.push({
      requiredCertificates: [...regional.certificates],
      openToStarters,
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
      optionalSkills: optional,
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
