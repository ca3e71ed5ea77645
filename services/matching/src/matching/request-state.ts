import type { Model } from './model.ts';
import type { PersonVector } from './person.ts';
import type { ResolvedProfile } from './resolve.ts';

/**
 * Everything fixed for one person and one request, prepared once so the loop only reads. The
 * evaluator is built from this; `ScoreState` (score-state.ts) adds the evaluator itself. Its own
 * module so the evaluator and the state that holds it do not import each other.
 */
export interface RequestState {
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
}
