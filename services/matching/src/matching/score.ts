import { contractTypes } from '@werkbrug/shared/schemas/vacancy';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import { reachKm, travelModel } from '@werkbrug/shared/region/geo';
import type { Model } from './model.ts';
import type { PersonVector } from './person.ts';
import type { ResolvedProfile } from './resolve.ts';
import type { VacancyFilter } from './types.ts';
import { vacancyFlags } from './vacancy-columns.ts';
import { educationValue, effectiveWeights, hoursValue, reachValue } from './components.ts';
import { chord2FromKm, kmFromChord2, unitVector } from './geo.ts';
import { hours, skills as skillCfg } from './weights.ts';
import { TopK } from './top-k.ts';

/** Everything fixed for one person and one request, prepared once so the loop only reads. */
export interface ScoreState {
  readonly model: Model;
  readonly person: PersonVector;
  readonly profile: ResolvedProfile;
  readonly weights: Float64Array;
  readonly today: number;
  readonly textBySlot: Float32Array | null;
  /** The person's location as a unit vector (geo.ts). */
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** Squared chord of the largest straight-line distance the travel limit allows, with 0.1 % slack. */
  readonly maxChord2: number;
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
  const { x, y, z } = unitVector(profile.location.lat, profile.location.lon);
  const maxChord2 = chord2FromKm(reachKm(profile.travel.maxMinutes, profile.travel.mode) * 1.001);
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
  const base = { model, person, profile, weights, today: opts.today, textBySlot, x, y, z, maxChord2 };
  return { ...base, evaluate: makeEvaluator(base) };
}

export function compileFilter(filter: VacancyFilter | undefined, requireText: boolean, model: Model): CompiledFilter {
  const mask = <T>(values: readonly T[] | undefined, all: readonly T[]) =>
    values && values.length > 0 ? values.reduce((m, v) => m | (1 << all.indexOf(v)), 0) : -1;
  let occupations: Uint8Array | null = null;
  if (filter?.occupationUris && filter.occupationUris.length > 0) {
    const wanted = new Set(filter.occupationUris);
    occupations = Uint8Array.from(model.taxonomy.occupations, (o) => (wanted.has(o.uri) ? 1 : 0));
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

type Point = Pick<ScoreState, 'x' | 'y' | 'z'>;

function chord2(s: Point, v: Model['catalog']['vacancies'], slot: number): number {
  const dx = v.x[slot]! - s.x;
  const dy = v.y[slot]! - s.y;
  const dz = v.z[slot]! - s.z;
  return dx * dx + dy * dy + dz * dz;
}

/** Great-circle km from the person to a vacancy (agrees with haversineKm to ~1e-12 km). */
export function distanceKm(s: ScoreState, slot: number): number {
  return kmFromChord2(chord2(s, s.model.catalog.vacancies, slot));
}

/** Travel minutes for the person's mode: travelMinutes() of shared/region/geo, same expression. */
export function minutesFor(s: Pick<ScoreState, 'profile'>, km: number): number {
  const m = travelModel[s.profile.travel.mode];
  return m.fixedMinutes + ((km * m.detour) / m.kmPerHour) * 60;
}

/** Returns travel minutes when the vacancy passes every hard filter, otherwise -1. */
export type Admitter = (slot: number) => number;

/**
 * Hard filters: open (validThrough not before today), the caller's filters, not far too few hours
 * (the vacancy's maximum under half of the person's minimum), within the person's travel time.
 * Built per request as a closure over the columns, so the loop reads local typed arrays only.
 */
export function makeAdmitter(s: ScoreState, f: CompiledFilter): Admitter {
  const v = s.model.catalog.vacancies;
  const { alive, validUntil, sector, contract, hoursMax, flags, occupation, x, y, z } = v;
  const { today, textBySlot, maxChord2 } = s;
  const px = s.x;
  const py = s.y;
  const pz = s.z;
  const { fixedMinutes, detour, kmPerHour } = travelModel[s.profile.travel.mode];
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
    const dx = x[slot]! - px;
    const dy = y[slot]! - py;
    const dz = z[slot]! - pz;
    const c2 = dx * dx + dy * dy + dz * dz;
    if (c2 > maxChord2) return -1;
    const minutes = fixedMinutes + ((kmFromChord2(c2) * detour) / kmPerHour) * 60;
    return minutes > maxMinutes ? -1 : minutes;
  };
}

/** The score of one admitted vacancy, 0..1; writes the component values to `out` when given. */
export type Evaluator = (slot: number, minutes: number, out: Float64Array | null) => number;

/**
 * Built per person as a closure over the columns. The ranking loop and the explanation both call
 * this one function, so what is explained is exactly what was ranked.
 */
export function makeEvaluator(s: Omit<ScoreState, 'evaluate'>): Evaluator {
  const v = s.model.catalog.vacancies;
  const credit = s.person.credit;
  const { pool: essPool, start: essStart, length: essLength } = v.essential;
  const { pool: optPool, start: optStart, length: optLength } = v.optional;
  const { occupation, level, hoursMin, hoursMax, sector } = v;
  const row = s.person.transitionRow;
  const outlookBySector = s.model.outlookBySector;
  const textBySlot = s.textBySlot;
  // The education value depends only on the required level here: a 9-entry table per person.
  const educationByLevel = Float64Array.from({ length: 16 }, (_, lvl) => educationValue(s.profile.level, lvl));
  const wantMin = s.profile.hoursMin;
  const wantMax = s.profile.hoursMax;
  const maxMinutes = s.profile.travel.maxMinutes;
  const optionalShare = skillCfg.optionalShare;
  const w = s.weights;
  const [w0, w1, w2, w3, w4, w5, w6] = [w[0]!, w[1]!, w[2]!, w[3]!, w[4]!, w[5]!, w[6]!];
  return (slot, minutes, out) => {
    let sum = 0;
    const es = essStart[slot]!;
    const ee = es + essLength[slot]!;
    for (let k = es; k < ee; k++) sum += credit[essPool[k]!]!;
    let skills = ee > es ? sum / (ee - es) : 1;
    const os = optStart[slot]!;
    const oe = os + optLength[slot]!;
    if (oe > os) {
      let o = 0;
      for (let k = os; k < oe; k++) o += credit[optPool[k]!]!;
      skills = (1 - optionalShare) * skills + optionalShare * (o / (oe - os));
    }
    const occ = occupation[slot]!;
    const transition = row !== null && occ >= 0 ? row[occ]! : 0;
    const education = educationByLevel[level[slot]!]!;
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
  const { evaluate: _old, ...rest } = s;
  const next = { ...rest, person };
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
