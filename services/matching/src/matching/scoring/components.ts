import type { Model } from '../model/model.ts';
import type { PersonVector } from '../profile/person.ts';
import type { ResolvedProfile } from '../profile/resolve.ts';
import { type ComponentName, components, education, hours, reach, skills as skillCfg } from '../weights.ts';

/**
 * The components of a match score at work: their formulas (one small pure function each, so tests
 * and explanations share them), their effective weights, and the evaluator that applies them by
 * name to one vacancy. What each component is and weighs is declared in weights.ts.
 */

export function educationValue(personLevel: number, requiredLevel: number): number {
  const short = Math.max(0, requiredLevel - personLevel);
  return education.byLevelsShort[Math.min(short, education.byLevelsShort.length - 1)]!;
}

/** 1 next door, falling linearly to 1 - falloff at the person's own travel limit. */
export function reachValue(minutes: number, maxMinutes: number): number {
  return Math.max(0, Math.min(1, 1 - (reach.falloff * minutes) / maxMinutes));
}

/** 1 when the ranges overlap; otherwise the gap, as a share of the wanted bound, costs gapPenalty each. */
export function hoursValue(wantedMin: number, wantedMax: number, offeredMin: number, offeredMax: number): number {
  if (offeredMax < wantedMin) return Math.max(0, 1 - (hours.gapPenalty * (wantedMin - offeredMax)) / wantedMin);
  if (offeredMin > wantedMax) return Math.max(0, 1 - (hours.gapPenalty * (offeredMin - wantedMax)) / wantedMax);
  return 1;
}

/** A component's position in weight and value arrays (declaration order). */
export const componentIndex: Record<ComponentName, number> = Object.fromEntries(
  components.map((c, i) => [c.name, i]),
) as Record<ComponentName, number>;

/**
 * Weights of the components that apply, in declaration order, scaled to sum to 1 (see weights.ts).
 * A component declared with `onlyWhen` applies only when `applies` says so by its name.
 */
export function effectiveWeights(applies: Partial<Record<ComponentName, boolean>>): Float64Array {
  const w = new Float64Array(components.length);
  let sum = 0;
  components.forEach((c: { name: ComponentName; weight: number; onlyWhen?: string }, i) => {
    const on = c.onlyWhen === undefined || applies[c.name] === true;
    w[i] = on ? c.weight : 0;
    sum += w[i]!;
  });
  for (let i = 0; i < w.length; i++) w[i]! /= sum;
  return w;
}

/**
 * The score of one admitted vacancy, 0..1, in two parts: `skills` (the costly part, a loop over the
 * vacancy's skills) and `rest` (the other components, weighted). `evaluate` = weight x skills + rest,
 * and writes the component values to `out` (declaration order of weights.ts) when given.
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
  /** Effective weight per component, in the order of the component declaration (weights.ts). */
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
  /** The effective weights by name. */
  const weight = Object.fromEntries(components.map((c) => [c.name, s.weights[componentIndex[c.name]]!])) as Record<
    ComponentName,
    number
  >;

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
  const transition = (slot: number) => {
    const occ = occupation[slot]!;
    return row !== null && occ >= 0 ? row[occ]! : 0;
  };
  const education = (slot: number) => educationByLevel[level[slot]!]!;
  const reach = (minutes: number) => reachValue(minutes, maxMinutes);
  const hours = (slot: number) => hoursValue(wantMin, wantMax, hoursMin[slot]!, hoursMax[slot]!);
  const outlook = (slot: number) => outlookBySector[sector[slot]!]!;
  const text = (slot: number) => (textBySlot !== null ? textBySlot[slot]! : 0);

  /** One formula per declared component, by name (a missing or unknown name does not type-check). */
  const formulaOf: Record<ComponentName, (slot: number, minutes: number) => number> = {
    skills,
    transition,
    education,
    reach: (_slot, minutes) => reach(minutes),
    hours,
    outlook,
    text,
  };
  const formulas = components.map((c) => formulaOf[c.name]);

  // `rest`: the components other than skills, weighted, in declaration order. Written out by name
  // because it runs for every admitted vacancy (a loop over `formulas` is measurably slower there).
  // A declared component missing here breaks "each score is the sum of its explained contributions"
  // (scoring/score.test.ts), as explanations read every formula through `evaluate`.
  const {
    transition: wTransition,
    education: wEducation,
    reach: wReach,
    hours: wHours,
    outlook: wOutlook,
    text: wText,
  } = weight;
  const rest = (slot: number, minutes: number): number =>
    wTransition * transition(slot) +
    wEducation * education(slot) +
    wReach * reach(minutes) +
    wHours * hours(slot) +
    wOutlook * outlook(slot) +
    wText * text(slot);
  const skillsWeight = weight.skills;

  return {
    skills,
    rest,
    skillsWeight,
    evaluate(slot, minutes, out) {
      const sk = skills(slot);
      if (out !== null) {
        for (let i = 0; i < formulas.length; i++)
          out[i] = i === componentIndex.skills ? sk : formulas[i]!(slot, minutes);
      }
      return skillsWeight * sk + rest(slot, minutes);
    },
  };
}
