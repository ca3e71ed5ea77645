import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import { reachKm, travelModel } from '@werkbrug/shared/region/geo';
import type { Model } from './model.ts';
import type { PersonVector } from './person.ts';
import type { ResolvedProfile } from './resolve.ts';
import type { VacancyFilter } from './types.ts';
import { vacancyFlags } from './vacancy-columns.ts';
import { educationValue, effectiveWeights, hoursValue, reachValue } from './components.ts';
import { hours, skills as skillCfg } from './weights.ts';
import { TopK } from './top-k.ts';

const toRad = Math.PI / 180;
const earthRadiusKm = 6371.0088;

/** Everything fixed for one person and one request, prepared once so the loop only reads. */
export interface ScoreState {
  readonly model: Model;
  readonly person: PersonVector;
  readonly profile: ResolvedProfile;
  readonly weights: Float64Array;
  readonly today: number;
  readonly textBySlot: Float32Array | null;
  readonly lat: number;
  readonly lon: number;
  readonly cosLat: number;
  /** Bounding box half-sizes in degrees around the person: a cheap first test before haversine. */
  readonly latBox: number;
  readonly lonBox: number;
  readonly evaluate: Evaluator;
}

export interface CompiledFilter {
  sectorMask: number;
  contractMask: number;
  minHours: number;
  garantiebaanOnly: boolean;
  occupations: Uint8Array | null;
  requireText: boolean;
}

export function createScoreState(
  model: Model,
  profile: ResolvedProfile,
  person: PersonVector,
  opts: { today: number; textScores?: ReadonlyMap<string, number> | undefined },
): ScoreState | null {
  if (!profile.location) return null;
  const { lat, lon } = profile.location;
  const cosLat = Math.cos(lat * toRad);
  const km = reachKm(profile.travel.maxMinutes, profile.travel.mode);
  // 1 % slack: the box only rejects what is certainly out of reach; haversine decides the rest.
  const latBox = (km / (earthRadiusKm * toRad)) * 1.01 + 1e-6;
  const lonBox = latBox / Math.max(0.01, Math.cos((Math.abs(lat) + latBox) * toRad));
  let textBySlot: Float32Array | null = null;
  if (opts.textScores) {
    const cat = model.catalog.vacancies;
    textBySlot = new Float32Array(cat.highWater);
    for (const [id, s] of opts.textScores) {
      const slot = cat.slotById.get(id);
      if (slot !== undefined) textBySlot[slot] = Math.max(0, Math.min(1, s));
    }
  }
  const weights = effectiveWeights({ text: textBySlot !== null, transition: person.transitionRow !== null });
  const base = { model, person, profile, weights, today: opts.today, textBySlot, lat, lon, cosLat, latBox, lonBox };
  return { ...base, evaluate: makeEvaluator(base as ScoreState) };
}

export function compileFilter(filter: VacancyFilter | undefined, requireText: boolean, model: Model): CompiledFilter {
  const mask = <T>(values: readonly T[] | undefined, all: readonly T[]) =>
    values && values.length > 0 ? values.reduce((m, v) => m | (1 << all.indexOf(v)), 0) : -1;
  let occupations: Uint8Array | null = null;
  if (filter?.occupationUris && filter.occupationUris.length > 0) {
    occupations = new Uint8Array(model.taxonomy.occupations.length);
    model.taxonomy.occupations.forEach((o, i) => {
      if (filter.occupationUris!.includes(o.uri)) occupations![i] = 1;
    });
  }
  return {
    sectorMask: mask(filter?.sectors, sectorKeys),
    contractMask: mask(filter?.contractTypes, contractTypes),
    minHours: filter?.minHours ?? 0,
    garantiebaanOnly: filter?.garantiebaanOnly ?? false,
    occupations,
    requireText,
  };
}

/** Great-circle distance, the same formula as haversineKm in shared/region/geo. */
export function distanceKm(s: ScoreState, slot: number): number {
  const v = s.model.catalog.vacancies;
  const dLat = (v.lat[slot]! - s.lat) * toRad;
  const dLon = (v.lon[slot]! - s.lon) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + s.cosLat * v.cosLat[slot]! * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Travel minutes for the person's mode: travelMinutes() of shared/region/geo, same expression. */
export function minutesFor(s: ScoreState, km: number): number {
  const m = travelModel[s.profile.travel.mode];
  return m.fixedMinutes + ((km * m.detour) / m.kmPerHour) * 60;
}

/** Returns travel minutes when the vacancy passes every hard filter, otherwise -1. */
export type Admitter = (slot: number) => number;

/**
 * Hard filters: open (validThrough not before today), the caller's filters, not far too few hours,
 * within the person's travel time. Built per request as a closure over the columns, so the loop
 * over 100,000 slots reads local typed arrays and nothing else.
 */
export function makeAdmitter(s: ScoreState, f: CompiledFilter): Admitter {
  const v = s.model.catalog.vacancies;
  const { alive, validUntil, sector, contract, hoursMax, flags, occupation, lat, lon, cosLat } = v;
  const { today, textBySlot, latBox, lonBox } = s;
  const pLat = s.lat;
  const pLon = s.lon;
  const pCos = s.cosLat;
  const m = travelModel[s.profile.travel.mode];
  const { fixedMinutes, detour, kmPerHour } = m;
  const maxMinutes = s.profile.travel.maxMinutes;
  const hoursFloor = hours.hardMinShareOfWanted * s.profile.hoursMin;
  const { sectorMask, contractMask, minHours, garantiebaanOnly, occupations, requireText } = f;
  return (slot) => {
    if (alive[slot] === 0 || validUntil[slot]! < today) return -1;
    if (sectorMask !== -1 && (sectorMask & (1 << sector[slot]!)) === 0) return -1;
    if (contractMask !== -1 && (contractMask & (1 << contract[slot]!)) === 0) return -1;
    const hMax = hoursMax[slot]!;
    if (hMax < minHours || hMax < hoursFloor) return -1;
    if (garantiebaanOnly && (flags[slot]! & vacancyFlags.garantiebaan) === 0) return -1;
    if (occupations !== null && (occupation[slot]! < 0 || occupations[occupation[slot]!] === 0)) return -1;
    if (requireText && (textBySlot === null || !(textBySlot[slot]! > 0))) return -1;
    const la = lat[slot]!;
    const lo = lon[slot]!;
    if (Math.abs(la - pLat) > latBox || Math.abs(lo - pLon) > lonBox) return -1;
    const dLat = (la - pLat) * toRad;
    const dLon = (lo - pLon) * toRad;
    const a = Math.sin(dLat / 2) ** 2 + pCos * cosLat[slot]! * Math.sin(dLon / 2) ** 2;
    const km = 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(a)));
    const minutes = fixedMinutes + ((km * detour) / kmPerHour) * 60;
    return minutes > maxMinutes ? -1 : minutes;
  };
}

/** The score of one admitted vacancy, 0..1; writes the component values to `out` when given. */
export type Evaluator = (slot: number, minutes: number, out: Float64Array | null) => number;

/**
 * Built per person as a closure over the columns. The ranking loop and the explanation both call
 * this one function, so what is explained is exactly what was ranked.
 */
export function makeEvaluator(s: ScoreState): Evaluator {
  const v = s.model.catalog.vacancies;
  const credit = s.person.credit;
  const ess = v.essential;
  const opt = v.optional;
  const essPool = ess.pool;
  const essStart = ess.start;
  const essLength = ess.length;
  const optPool = opt.pool;
  const optStart = opt.start;
  const optLength = opt.length;
  const { occupation, level, hoursMin, hoursMax, sector } = v;
  const row = s.person.transitionRow;
  const outlookBySector = s.model.outlookBySector;
  const textBySlot = s.textBySlot;
  const personLevel = s.profile.level;
  const wantMin = s.profile.hoursMin;
  const wantMax = s.profile.hoursMax;
  const maxMinutes = s.profile.travel.maxMinutes;
  const optionalShare = skillCfg.optionalShare;
  const w = s.weights;
  const [w0, w1, w2, w3, w4, w5, w6] = [w[0]!, w[1]!, w[2]!, w[3]!, w[4]!, w[5]!, w[6]!];
  return (slot, minutes, out) => {
    let sum = 0;
    const es = essStart[slot]!;
    const el = essLength[slot]!;
    for (let k = es; k < es + el; k++) sum += credit[essPool[k]!]!;
    const essentialCoverage = el > 0 ? sum / el : 1;
    const os = optStart[slot]!;
    const ol = optLength[slot]!;
    let skills = essentialCoverage;
    if (ol > 0) {
      let o = 0;
      for (let k = os; k < os + ol; k++) o += credit[optPool[k]!]!;
      skills = (1 - optionalShare) * essentialCoverage + optionalShare * (o / ol);
    }
    const occ = occupation[slot]!;
    const transition = row !== null && occ >= 0 ? row[occ]! : 0;
    const education = educationValue(personLevel, level[slot]!);
    const reach = reachValue(minutes, maxMinutes);
    const hrs = hoursValue(wantMin, wantMax, hoursMin[slot]!, hoursMax[slot]!);
    const outlook = outlookBySector[sector[slot]!]!;
    const text = textBySlot !== null ? textBySlot[slot]! : 0;
    if (out !== null) {
      out[0] = skills;
      out[1] = transition;
      out[2] = education;
      out[3] = reach;
      out[4] = hrs;
      out[5] = outlook;
      out[6] = text;
    }
    return w0 * skills + w1 * transition + w2 * education + w3 * reach + w4 * hrs + w5 * outlook + w6 * text;
  };
}

/** A state for the same person with other skills (a bridge's "after"): same request, new evaluator. */
export function withPerson(s: ScoreState, person: PersonVector): ScoreState {
  const next = { ...s, person };
  return { ...next, evaluate: makeEvaluator(next) };
}

/** Scores every vacancy that passes the hard filters; keeps the best `first`. */
export function rankVacancies(s: ScoreState, f: CompiledFilter, first: number): { top: { score: number; slot: number }[]; total: number } {
  const v = s.model.catalog.vacancies;
  const ids = v.ids;
  const heap = new TopK(first, (slot) => ids[slot]!);
  const admit = makeAdmitter(s, f);
  const evaluate = s.evaluate;
  let total = 0;
  const end = v.highWater;
  for (let slot = 0; slot < end; slot++) {
    const minutes = admit(slot);
    if (minutes < 0) continue;
    total++;
    heap.push(evaluate(slot, minutes, null), slot);
  }
  return { top: heap.sorted(), total };
}
