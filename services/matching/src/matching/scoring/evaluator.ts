import type { Model } from '../model/model.ts';
import type { PersonVector } from '../profile/person.ts';
import type { ResolvedProfile } from '../profile/resolve.ts';
import { educationValue, hoursValue, reachValue } from './components.ts';
import { skills as skillCfg } from '../weights.ts';

/**
 * The score of one admitted vacancy, 0..1, in two parts: `skills` (the costly part, a loop over the
 * vacancy's skills) and `rest` (the other components, weighted). `evaluate` = weight x skills + rest,
 * and writes the component values to `out` when given.
 */
export interface Evaluator {
  skills(slot: number): number;
  rest(slot: number, minutes: number): number;
  evaluate(slot: number, minutes: number, out: Float64Array | null): number;
  /** The weight of the skills component: rest + skillsWeight bounds the score from above. */
  readonly skillsWeight: number;
}

/** What an evaluator reads: the fixed inputs of one request (ScoreState extends this). */
export interface EvaluatorInputs {
  readonly model: Model;
  readonly person: PersonVector;
  readonly profile: ResolvedProfile;
  /** Effective weight per component, in the order of the component declaration. */
  readonly weights: Float64Array;
  readonly textBySlot: Float32Array | null;
}

/**
 * Built per person as a closure over the columns. The ranking loop and the explanation both use
 * these functions, so what is explained is exactly what was ranked.
 */
export function makeEvaluator(s: EvaluatorInputs): Evaluator {
  const v = s.model.catalog.vacancies;
  const credit = s.person.credit;
  const { pool: essPool, start: essStart, length: essLength } = v.essential;
  const { pool: optPool, start: optStart, length: optLength } = v.optional;
  const { occupation, level, hoursMin, hoursMax, sector } = v;
  const row = s.person.transitionRow;
  const outlookBySector = s.model.outlookBySector;
  const textBySlot = s.textBySlot;
  // The education value depends only on the required level here: a small table per person.
  const educationByLevel = Float64Array.from({ length: 16 }, (_, lvl) => educationValue(s.profile.level, lvl));
  const wantMin = s.profile.hoursMin;
  const wantMax = s.profile.hoursMax;
  const maxMinutes = s.profile.travel.maxMinutes;
  const optionalShare = skillCfg.optionalShare;
  const w = s.weights;
  const [w0, w1, w2, w3, w4, w5, w6] = [w[0]!, w[1]!, w[2]!, w[3]!, w[4]!, w[5]!, w[6]!];

  const skills = (slot: number): number => {
    let sum = 0;
    const es = essStart[slot]!;
    const ee = es + essLength[slot]!;
    for (let k = es; k < ee; k++) sum += credit[essPool[k]!]!;
    const essential = ee > es ? sum / (ee - es) : 1;
    const os = optStart[slot]!;
    const oe = os + optLength[slot]!;
    if (oe === os) return essential;
    let o = 0;
    for (let k = os; k < oe; k++) o += credit[optPool[k]!]!;
    return (1 - optionalShare) * essential + optionalShare * (o / (oe - os));
  };
  const transitionOf = (slot: number) => {
    const occ = occupation[slot]!;
    return row !== null && occ >= 0 ? row[occ]! : 0;
  };
  const hoursOf = (slot: number) => hoursValue(wantMin, wantMax, hoursMin[slot]!, hoursMax[slot]!);
  const textOf = (slot: number) => (textBySlot !== null ? textBySlot[slot]! : 0);
  const rest = (slot: number, minutes: number): number =>
    w1 * transitionOf(slot) +
    w2 * educationByLevel[level[slot]!]! +
    w3 * reachValue(minutes, maxMinutes) +
    w4 * hoursOf(slot) +
    w5 * outlookBySector[sector[slot]!]! +
    w6 * textOf(slot);
  return {
    skills,
    rest,
    skillsWeight: w0,
    evaluate(slot, minutes, out) {
      const sk = skills(slot);
      if (out !== null) {
        out[0] = sk;
        out[1] = transitionOf(slot);
        out[2] = educationByLevel[level[slot]!]!;
        out[3] = reachValue(minutes, maxMinutes);
        out[4] = hoursOf(slot);
        out[5] = outlookBySector[sector[slot]!]!;
        out[6] = textOf(slot);
      }
      return w0 * sk + rest(slot, minutes);
    },
  };
}

