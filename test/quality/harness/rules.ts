/**
 * Vacancy-level adjustment rules: how an experienced werkadviseur turns the occupation-level label of a
 * profile (2 good advice, 1 plausible, 0 poor) into a grade for one vacancy. The same rules for every
 * profile and for every system graded (the engine and the keyword baseline). Applied in this order:
 *
 *  R0 occupation   the profile's label for the vacancy's occupation (labels.good 2, labels.plausible 1,
 *                  anything else 0; a vacancy without an occupation 0).
 *  R1 reach        outside the person's travel limit (shared/src/region/geo.ts, from the PC4 centre) -> 0.
 *  R2 ruled out    a sector the person excludes (wishes.excludeSectors) -> 0.
 *  R3 starters     a school leaver, or anyone without a start qualification (startQualification, default:
 *                  NLQF >= 2 counts as one): a BBL or open-to-starters vacancy of a plausible occupation
 *                  is good advice (1 -> 2): the learn-work route is the way in.
 *  R4 Banenafspraak  a person in the doelgroepregister: a garantiebaan of a plausible occupation is good
 *                  (-> 2); a regular vacancy of a demanding job (NLQF >= 3 or >= 32 hours minimum) is poor
 *                  (-> 0); another regular vacancy is at most plausible (-> 1).
 *  R5 level        asks two levels above the person -> one grade down, three or more -> 0, unless it is a
 *                  BBL vacancy (school comes with it); the person three or more levels above the job
 *                  (over-qualified) -> one grade down.
 *  R6 hours        gap between the hours the person can work and the vacancy's range (hoursMin above the
 *                  person's most, or hoursMax below the person's least): up to 4 h nothing, 5-12 h one
 *                  grade down, more than 12 h -> 0.
 *  R7 licence      a certificate the vacancy needs and the person lacks: what the vacancy states (when the
 *                  API says) plus what the occupation needs by law or in practice (table below). A short
 *                  route (weeks to months: driving licences C/D/BE, code 95, taxi card, beveiliger diploma,
 *                  F-gassen, welding and crane certificates) -> at most plausible (1), except in a BBL
 *                  vacancy, where the employer trains for it; a long route (BIG registration) -> 0;
 *                  one-day certificates (VCA, BHV, EHBO, forklift, HACCP, VOG, ...) change nothing.
 *
 * A list-level rule sits in metrics.ts: the fourth and later vacancy of one occupation in a top 10 counts
 * 0 (one occupation should not fill the list, issue 10), for the ranking and for the ideal alike.
 */
import { haversineKm, travelMinutes } from '@werkbrug/shared/region/geo';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import type { NeutralVacancy } from './adapter.ts';
import type { Families, QualityProfile } from './data.ts';

export type Grade = 0 | 1 | 2;

/** Certificates an occupation needs whatever the vacancy says (law or practice in the Netherlands), by Dutch ESCO label. */
export const impliedByLabel: Record<string, string[]> = {
  beveiliger: ['diploma-beveiliger'],
  evenementenbeveiliger: ['diploma-beveiliger'],
  securityfunctionaris: ['diploma-beveiliger'],
  'beveiliger luchthaven': ['diploma-beveiliger'],
  vrachtwagenchauffeur: ['rijbewijs-c', 'code-95'],
  buschauffeur: ['rijbewijs-d', 'code-95'],
  taxichauffeur: ['rijbewijs-b', 'chauffeurskaart'],
  'auto- en bestelwagenkoerier': ['rijbewijs-b'],
  ambulancechauffeur: ['rijbewijs-b'],
  rijinstructeur: ['rijbewijs-b'],
  autorijinstructeur: ['rijbewijs-b'],
  'algemeen verpleegkundige': ['big-registratie'],
  'gespecialiseerd verpleegkundige': ['big-registratie'],
  'technicus koel-, lucht- en verwarmingstechniek': ['f-gassen'],
};

export const shortRoute = new Set([
  'rijbewijs-b',
  'rijbewijs-be',
  'rijbewijs-c',
  'rijbewijs-ce',
  'rijbewijs-d',
  'code-95',
  'chauffeurskaart',
  'diploma-beveiliger',
  'f-gassen',
  'lascertificaat',
  'kraan',
]);
export const longRoute = new Set(['big-registratie']);

export interface GradingContext {
  /** Occupation URI -> certificates it needs (built from impliedByLabel over the families file). */
  impliedCertificates: Map<string, string[]>;
}

export function gradingContext(families: Families): GradingContext {
  const byLabel = new Map<string, string>();
  for (const f of Object.values(families.families)) for (const o of f.occupations) byLabel.set(o.labelNl, o.uri);
  const impliedCertificates = new Map<string, string[]>();
  for (const [label, certs] of Object.entries(impliedByLabel)) {
    const uri = byLabel.get(label);
    if (!uri) throw new Error(`rules.ts names an occupation that is in no family: ${label}`);
    impliedCertificates.set(uri, certs);
  }
  return { impliedCertificates };
}

export interface PersonPlace {
  lat: number;
  lon: number;
}

export function personPlace(p: Pick<QualityProfile, 'postcode'>): PersonPlace {
  const area = lookupPostcode(p.postcode);
  if (!area) throw new Error(`Unknown postcode ${p.postcode}`);
  return { lat: area.lat, lon: area.lon };
}

export function travelMinutesTo(
  place: PersonPlace,
  v: Pick<NeutralVacancy, 'lat' | 'lon'>,
  mode: QualityProfile['travel']['mode'],
): number {
  return travelMinutes(haversineKm(place.lat, place.lon, v.lat, v.lon), mode);
}

export function inReach(p: QualityProfile, place: PersonPlace, v: NeutralVacancy, toleranceMinutes = 0): boolean {
  return travelMinutesTo(place, v, p.travel.mode) <= p.travel.maxMinutes + toleranceMinutes;
}

export function hasStartQualification(p: QualityProfile): boolean {
  return p.startQualification ?? p.nlqfLevel >= 2;
}

export function occupationGrade(p: QualityProfile, uri: string | null): Grade {
  if (!uri) return 0;
  if (p.labels.good.includes(uri)) return 2;
  if (p.labels.plausible.includes(uri)) return 1;
  return 0;
}

export interface GradeTrace {
  grade: Grade;
  steps: string[];
}

export function gradeVacancy(
  p: QualityProfile,
  place: PersonPlace,
  v: NeutralVacancy,
  ctx: GradingContext,
  options: { reachToleranceMinutes?: number } = {},
): GradeTrace {
  const steps: string[] = [];
  let g: number = occupationGrade(p, v.occupationUri);
  steps.push(`R0 occupation ${g}`);
  const down = (rule: string, to: number) => {
    if (to < g) {
      steps.push(`${rule} ${g}->${Math.max(0, to)}`);
      g = Math.max(0, to);
    }
  };
  const up = (rule: string, to: number) => {
    if (to > g) {
      steps.push(`${rule} ${g}->${to}`);
      g = to;
    }
  };
  if (!inReach(p, place, v, options.reachToleranceMinutes ?? 0)) down('R1 reach', 0);
  if (p.wishes.excludeSectors.includes(v.sectorKey)) down('R2 excluded sector', 0);
  if (g === 0) return { grade: 0, steps };

  // R3 starters: learn-work routes for school leavers and people without a start qualification.
  if ((p.targetGroups.includes('SCHOOLVERLATER') || !hasStartQualification(p)) && (v.bbl || v.openToStarters) && g >= 1)
    up('R3 starters route', 2);
  // R4 Banenafspraak.
  if (p.targetGroups.includes('BANENAFSPRAAK')) {
    if (v.garantiebaan) up('R4 garantiebaan', 2);
    else if (v.nlqfLevel >= 3 || v.hoursMin >= 32) down('R4 demanding regular job', 0);
    else down('R4 regular job', 1);
  }
  // R5 level.
  const above = v.nlqfLevel - p.nlqfLevel;
  if (!v.bbl && above >= 3) down('R5 level far above', 0);
  else if (!v.bbl && above >= 2) down('R5 level above', g - 1);
  if (p.nlqfLevel - v.nlqfLevel >= 3) down('R5 over-qualified', g - 1);
  // R6 hours.
  const gap = Math.max(0, v.hoursMin - p.hours[1], p.hours[0] - v.hoursMax);
  if (gap > 12) down(`R6 hours ${gap} h off`, 0);
  else if (gap >= 5) down(`R6 hours ${gap} h off`, g - 1);
  // R7 licences and certificates.
  const needs = new Set([
    ...v.requiredCertificates,
    ...((v.occupationUri && ctx.impliedCertificates.get(v.occupationUri)) || []),
  ]);
  const has = new Set<string>(p.certificates);
  if (p.travel.mode === 'auto') has.add('rijbewijs-b');
  for (const c of needs) {
    if (has.has(c) || (c === 'rijbewijs-b' && (has.has('rijbewijs-c') || has.has('rijbewijs-d')))) continue;
    if (longRoute.has(c)) down(`R7 lacks ${c} (long route)`, 0);
    else if (shortRoute.has(c) && !v.bbl) down(`R7 lacks ${c} (short route)`, 1);
  }
  return { grade: g as Grade, steps };
}
