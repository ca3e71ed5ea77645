import { chord2FromKm, kmFromChord2, reachKm, travelMinutes, unitVector } from '@werkbrug/shared/region/geo';
import type { Model } from '../model/model.ts';
import type { PersonVector } from '../profile/person.ts';
import type { ResolvedProfile } from '../profile/resolve.ts';
import type { Situation } from '../profile/situation.ts';
import { makeEvaluator, type Evaluator, type EvaluatorInputs } from './components.ts';

/** Everything fixed for one person and one request, prepared once so the loop only reads. */
export interface ScoreState extends EvaluatorInputs {
  readonly today: number;
  /** The person's location as a unit vector (geo.ts). */
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** Squared chord of the largest straight-line distance the travel limit allows, with 0.1 % slack. */
  readonly maxChord2: number;
  readonly evaluator: Evaluator;
}

export function createScoreState(
  model: Model,
  profile: ResolvedProfile,
  person: PersonVector,
  situation: Situation,
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
  const evaluator = makeEvaluator({ model, person, profile, situation, textBySlot });
  // One object literal with every field (not a spread of another): V8 gave the spread copies a new hidden
  // class almost per request, which made every function that reads the state megamorphic.
  return { model, person, profile, situation, today: opts.today, textBySlot, x, y, z, maxChord2, evaluator };
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

/** Travel minutes for the person's mode (travelMinutes of shared/region/geo). */
export function minutesFor(s: Pick<ScoreState, 'profile'>, km: number): number {
  return travelMinutes(km, s.profile.travel.mode);
}
