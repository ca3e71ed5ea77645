import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import { reachKm, travelMinutes } from '@werkbrug/shared/region/geo';
import type { Model } from './model.ts';
import type { PersonVector } from './person.ts';
import type { ResolvedProfile } from './resolve.ts';
import type { VacancyFilter } from './types.ts';
import { vacancyFlags } from './vacancy-columns.ts';
import { educationValue, effectiveWeights, hoursValue, reachValue, tooFewHours } from './components.ts';
import { skills as skillCfg } from './weights.ts';
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
  return { model, person, profile, weights, today: opts.today, textBySlot, lat, lon, cosLat, latBox, lonBox };
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

/**
 * Hard filters: open (validThrough not before today), the caller's filters, not far too few hours,
 * within the person's travel time. Returns the distance in km, or -1 when the vacancy is out.
 */
export function admit(s: ScoreState, slot: number, f: CompiledFilter): number {
  const v = s.model.catalog.vacancies;
  if (v.alive[slot] === 0 || v.validUntil[slot]! < s.today) return -1;
  if (f.sectorMask !== -1 && (f.sectorMask & (1 << v.sector[slot]!)) === 0) return -1;
  if (f.contractMask !== -1 && (f.contractMask & (1 << v.contract[slot]!)) === 0) return -1;
  if (v.hoursMax[slot]! < f.minHours) return -1;
  if (f.garantiebaanOnly && (v.flags[slot]! & vacancyFlags.garantiebaan) === 0) return -1;
  if (f.occupations !== null && (v.occupation[slot]! < 0 || f.occupations[v.occupation[slot]!] === 0)) return -1;
  if (f.requireText && (s.textBySlot === null || !(s.textBySlot[slot]! > 0))) return -1;
  if (tooFewHours(s.profile.hoursMin, v.hoursMax[slot]!)) return -1;
  if (Math.abs(v.lat[slot]! - s.lat) > s.latBox || Math.abs(v.lon[slot]! - s.lon) > s.lonBox) return -1;
  const km = distanceKm(s, slot);
  if (travelMinutes(km, s.profile.travel.mode) > s.profile.travel.maxMinutes) return -1;
  return km;
}

/**
 * The score of one admitted vacancy, 0..1. When `out` is given, the component values are written to
 * it in the order of `componentNames`, for the explanation. The loop and the explanation share this
 * one function, so what is explained is exactly what was ranked.
 */
export function evaluate(s: ScoreState, slot: number, km: number, out: Float64Array | null): number {
  const v = s.model.catalog.vacancies;
  const credit = s.person.credit;
  const ess = v.essential;
  const opt = v.optional;
  let pool = ess.pool;
  let sum = 0;
  const es = ess.start[slot]!;
  const el = ess.length[slot]!;
  for (let k = es; k < es + el; k++) sum += credit[pool[k]!]!;
  const essentialCoverage = el > 0 ? sum / el : 1;
  pool = opt.pool;
  const os = opt.start[slot]!;
  const ol = opt.length[slot]!;
  let skills = essentialCoverage;
  if (ol > 0) {
    let o = 0;
    for (let k = os; k < os + ol; k++) o += credit[pool[k]!]!;
    skills = (1 - skillCfg.optionalShare) * essentialCoverage + skillCfg.optionalShare * (o / ol);
  }
  const occ = v.occupation[slot]!;
  const row = s.person.transitionRow;
  const transition = row !== null && occ >= 0 ? row[occ]! : 0;
  const education = educationValue(s.profile.level, v.level[slot]!);
  const reach = reachValue(travelMinutes(km, s.profile.travel.mode), s.profile.travel.maxMinutes);
  const hours = hoursValue(s.profile.hoursMin, s.profile.hoursMax, v.hoursMin[slot]!, v.hoursMax[slot]!);
  const outlook = s.model.outlookBySector[v.sector[slot]!]!;
  const text = s.textBySlot !== null ? s.textBySlot[slot]! : 0;
  const w = s.weights;
  if (out !== null) {
    out[0] = skills;
    out[1] = transition;
    out[2] = education;
    out[3] = reach;
    out[4] = hours;
    out[5] = outlook;
    out[6] = text;
  }
  return (
    w[0]! * skills + w[1]! * transition + w[2]! * education + w[3]! * reach + w[4]! * hours + w[5]! * outlook + w[6]! * text
  );
}

/** Scores every vacancy that passes the hard filters; keeps the best `first`. */
export function rankVacancies(s: ScoreState, f: CompiledFilter, first: number): { top: { score: number; slot: number }[]; total: number } {
  const v = s.model.catalog.vacancies;
  const ids = v.ids;
  const heap = new TopK(first, (slot) => ids[slot]!);
  let total = 0;
  const end = v.highWater;
  for (let slot = 0; slot < end; slot++) {
    const km = admit(s, slot, f);
    if (km < 0) continue;
    total++;
    heap.push(evaluate(s, slot, km, null), slot);
  }
  return { top: heap.sorted(), total };
}
