import type { Model } from '../model/model.ts';
import type { PersonVector } from '../profile/person.ts';
import type { ResolvedProfile } from '../profile/resolve.ts';
import type { Situation } from '../profile/situation.ts';
import { vacancyFlags } from '../model/vacancy-columns.ts';
import {
  type ComponentName,
  certificates as certificatesCfg,
  components,
  direction as directionCfg,
  hours as hoursCfg,
  targetGroup as groupCfg,
  evidence as evidenceCfg,
  reach as reachCfg,
  text as textCfg,
  wish as wishCfg,
} from '../weights.ts';
import { certificateFactor, hoursValue, levelTable, reachValue, targetGroupValue } from './formulas.ts';
import { outlookTable } from './outlook.ts';

/**
 * The components of a match score at work: the evaluator that applies the formulas (formulas.ts) by
 * name to one vacancy. What each component is and weighs is declared in weights.ts; the ranking loop
 * and the explanation both go through this evaluator, so what is explained is what was ranked.
 */

const cfgOptionalShare = evidenceCfg.optionalShare;
const wishCfgSector = wishCfg.sector;
const wishRouteOccupation = wishCfg.routeCourseOccupation;
const wishRouteSector = wishCfg.routeCourseSector;
const textCfgBase = textCfg.base;
const reachFalloff = reachCfg.falloff;

/** A component's position in value arrays (declaration order). */
export const componentIndex: Record<ComponentName, number> = Object.fromEntries(
  components.map((c, i) => [c.name, i]),
) as Record<ComponentName, number>;

const strength = Object.fromEntries(components.map((c) => [c.name, c.weight])) as Record<ComponentName, number>;

/** Evidence from its three sources as independent hints: 1 - (1 - a)(1 - b)(1 - c), each weighted. */
export function combineEvidence(skills: number, experience: number, wish: number): number {
  return 1 - (1 - strength.skills * skills) * (1 - strength.experience * experience) * (1 - strength.wish * wish);
}

/** What an evaluator reads: the fixed inputs of one request (ScoreState extends this). */
export interface EvaluatorInputs {
  readonly model: Model;
  readonly person: PersonVector;
  readonly profile: ResolvedProfile;
  readonly situation: Situation;
  readonly textBySlot: Float32Array | null;
}

export interface Evaluator {
  /** Evidence of fit, 0..1 (0: nothing links the person to this vacancy). */
  evidence(slot: number): number;
  /**
   * evidence x modulators in one pass for the ranking loop, or -1 without any evidence: the same value
   * as `evaluate`, written out because it runs for every admitted vacancy.
   */
  score(slot: number, minutes: number): number;
  /**
   * evidence x modulators with more skills: `extra` holds, per skill, credit the person would gain
   * (a course plan's skills and their related credit, profile/person.ts `extraCredit`); the person's
   * own credit counts where it is higher. 0 without evidence.
   */
  scoreWith(slot: number, minutes: number, extra: Float32Array): number;
  /** Evidence with more skills (see scoreWith). */
  evidenceWith(slot: number, extra: Float32Array): number;
  /** The product of the modulators, 0..1. */
  modulators(slot: number, minutes: number): number;
  /**
   * An upper bound of `modulators` from its cheap parts (sector, level, travel time), multiplied in the same
   * order: every other modulator is a factor in [0, 1] and rounding is monotone, so evidence x bound is never
   * below the score. The scan skips the rest for vacancies that cannot enter the list (Infinity: no bound).
   */
  bound(slot: number, minutes: number): number;
  /** evidence x modulators, writing every component's value to `out` (declaration order) when given. */
  evaluate(slot: number, minutes: number, out: Float64Array | null): number;
  /** Which components apply to this request (the others are left out of explanations). */
  readonly applies: Readonly<Record<ComponentName, boolean>>;
}

/**
 * Whether the modulators `bound` leaves out (hours, direction, certificates, target group, text) can only lower
 * a score, as weights.ts declares: checked once on the numbers, so a weight above 1 switches the bound off
 * instead of dropping matches.
 */
const lesserFactorsAtMostOne = [
  hoursCfg.floor,
  directionCfg.elsewhere,
  certificatesCfg.shortWhenEmployerTrains,
  ...Object.values(certificatesCfg.byRoute),
  groupCfg.banenafspraakRegular,
  groupCfg.banenafspraakDemanding,
  groupCfg.starterRegular,
  groupCfg.bblWithTrade,
  textCfgBase,
].every((f) => f >= 0 && f <= 1);

/** Built per person as a closure over the columns: the loop reads local typed arrays only. */
export function makeEvaluator(s: EvaluatorInputs): Evaluator {
  const v = s.model.catalog.vacancies;
  const { credit, experienceRow } = s.person;
  const { pool: essPool, start: essStart, length: essLength } = v.essential;
  const { pool: optPool, start: optStart, length: optLength } = v.optional;
  const { occupation, level, hoursMin, hoursMax, sector, flags, certificates } = v;
  const sit = s.situation;
  const { wishByOccupation, wishSectors } = sit;
  const personLevel = s.profile.level;
  const wantMin = s.profile.hoursMin;
  const wantMax = s.profile.hoursMax;
  const maxMinutes = s.profile.travel.maxMinutes;
  const textBySlot = s.textBySlot;
  const levels = levelTable(personLevel);
  const { outlook: outlookBySector, steering: steeringBySector } = outlookTable(s.model, sit);
  const held = sit.certificates;
  const trainsOrStarts = vacancyFlags.bbl | vacancyFlags.employerTrains;
  const applies: Record<ComponentName, boolean> = {
    skills: true,
    experience: experienceRow !== null,
    wish: wishByOccupation !== null || wishSectors !== 0,
    hours: true,
    level: true,
    reach: true,
    outlook: true,
    steering: steeringBySector !== null,
    direction: wishByOccupation !== null || wishSectors !== 0,
    certificates: true,
    // Also for anyone with experience: a BBL place in their own trade is lowered (weights.ts `hasTrade`).
    targetGroup: sit.banenafspraak || sit.starter || experienceRow !== null,
    text: textBySlot !== null,
  };

  const skillsWith = (slot: number, extra: Float32Array | null): number => {
    let sum = 0;
    const es = essStart[slot]!;
    const ee = es + essLength[slot]!;
    for (let k = es; k < ee; k++) {
      const c = credit[essPool[k]!]!;
      sum += extra === null ? c : Math.max(c, extra[essPool[k]!]!);
    }
    const os = optStart[slot]!;
    const oe = os + optLength[slot]!;
    if (ee === es && oe === os) return 0;
    const essential = ee > es ? sum / (ee - es) : 0;
    if (oe === os) return essential;
    let o = 0;
    for (let k = os; k < oe; k++) {
      const c = credit[optPool[k]!]!;
      o += extra === null ? c : Math.max(c, extra[optPool[k]!]!);
    }
    const optional = o / (oe - os);
    return ee > es ? (1 - cfgOptionalShare) * essential + cfgOptionalShare * optional : optional;
  };
  // The same as skillsWith(slot, null), as a tight loop: it runs for every admitted vacancy.
  const skills = (slot: number): number => {
    let sum = 0;
    const es = essStart[slot]!;
    const ee = es + essLength[slot]!;
    for (let k = es; k < ee; k++) sum += credit[essPool[k]!]!;
    const os = optStart[slot]!;
    const oe = os + optLength[slot]!;
    if (oe === os) return ee > es ? sum / (ee - es) : 0;
    let o = 0;
    for (let k = os; k < oe; k++) o += credit[optPool[k]!]!;
    const optional = o / (oe - os);
    return ee > es ? (1 - cfgOptionalShare) * (sum / (ee - es)) + cfgOptionalShare * optional : optional;
  };
  const experience = (slot: number) => {
    const occ = occupation[slot]!;
    return experienceRow !== null && occ >= 0 ? experienceRow[occ]! : 0;
  };
  /** How much the person wants this job x how open its way in is (weights.ts `wish`). */
  const wish = (slot: number): number => {
    const occ = occupation[slot]!;
    const byOccupation = wishByOccupation !== null && occ >= 0 ? wishByOccupation[occ]! : 0;
    const bySector = (wishSectors & (1 << sector[slot]!)) !== 0 ? wishCfgSector : 0;
    if (byOccupation === 0 && bySector === 0) return 0;
    const f = flags[slot]!;
    const open = (f & trainsOrStarts) !== 0 || ((f & vacancyFlags.starters) !== 0 && level[slot]! <= personLevel + 1);
    return Math.max(byOccupation * (open ? 1 : wishRouteOccupation), bySector * (open ? 1 : wishRouteSector));
  };
  const wishes = applies.wish;
  const [wSkills, wExperience, wWish] = [strength.skills, strength.experience, strength.wish];
  // combineEvidence written out: it runs for every admitted vacancy.
  const evidence = (slot: number): number => {
    const occ = occupation[slot]!;
    const x = experienceRow !== null && occ >= 0 ? experienceRow[occ]! : 0;
    return 1 - (1 - wSkills * skills(slot)) * (1 - wExperience * x) * (1 - (wishes ? wWish * wish(slot) : 0));
  };

  const hours = (slot: number) => hoursValue(wantMin, wantMax, hoursMin[slot]!, hoursMax[slot]!);
  const levelOf = (slot: number) => levels[level[slot]! * 2 + ((flags[slot]! & vacancyFlags.bbl) !== 0 ? 1 : 0)]!;
  const reach = (minutes: number) => reachValue(minutes, maxMinutes);
  const outlook = (slot: number) => outlookBySector[sector[slot]!]!;
  const steering = (slot: number) => (steeringBySector === null ? 1 : steeringBySector[sector[slot]!]!);
  const aimed = applies.direction;
  /** 1 inside what the person aims for (a wished or close occupation, a wished sector), else `elsewhere`. */
  const direction = (slot: number): number => {
    if (!aimed) return 1;
    const occ = occupation[slot]!;
    if (wishByOccupation !== null && occ >= 0 && wishByOccupation[occ]! > 0) return 1;
    return (wishSectors & (1 << sector[slot]!)) !== 0 ? 1 : directionCfg.elsewhere;
  };
  const certificateValue = (slot: number) => {
    const missing = (certificates[slot]! & ~held) >>> 0;
    return missing === 0 ? 1 : certificateFactor(missing, (flags[slot]! & trainsOrStarts) !== 0);
  };
  const targetGroup = (slot: number) =>
    applies.targetGroup
      ? targetGroupValue(
          sit,
          flags[slot]!,
          level[slot]!,
          hoursMin[slot]!,
          experienceRow !== null && occupation[slot]! >= 0 ? experienceRow[occupation[slot]!]! : 0,
        )
      : 1;
  const text = (slot: number) => (textBySlot !== null ? textCfgBase + (1 - textCfgBase) * textBySlot[slot]! : 1);

  // The product of the modulators, written out because it runs for every admitted vacancy: sector
  // factors (outlook x steering) and level values from small tables, the rest only when they can
  // differ from 1. It equals the product of the formulas below (scoring/score.test.ts checks it).
  const sectorFactor = Float64Array.from(outlookBySector, (o, i) => o * (steeringBySector?.[i] ?? 1));
  const hasText = textBySlot !== null;
  const groups = applies.targetGroup;
  const reachPerMinute = reachFalloff / maxMinutes;
  const modulators = (slot: number, minutes: number): number => {
    let m =
      sectorFactor[sector[slot]!]! * levels[level[slot]! * 2 + ((flags[slot]! & vacancyFlags.bbl) !== 0 ? 1 : 0)]!;
    const hMin = hoursMin[slot]!;
    const hMax = hoursMax[slot]!;
    if (hMin > wantMax || hMax < wantMin) m *= hoursValue(wantMin, wantMax, hMin, hMax);
    m *= 1 - reachPerMinute * minutes;
    if (aimed) m *= direction(slot);
    if (certificates[slot] !== 0) m *= certificateValue(slot);
    if (groups) m *= targetGroup(slot);
    if (hasText) m *= text(slot);
    return m;
  };
  const bound = lesserFactorsAtMostOne
    ? (slot: number, minutes: number): number =>
        sectorFactor[sector[slot]!]! *
        levels[level[slot]! * 2 + ((flags[slot]! & vacancyFlags.bbl) !== 0 ? 1 : 0)]! *
        (1 - reachPerMinute * minutes)
    : () => Number.POSITIVE_INFINITY;
  const score = (slot: number, minutes: number): number => {
    const e = evidence(slot);
    return e > 0 ? e * modulators(slot, minutes) : -1;
  };

  /** One formula per declared component, by name (a missing or unknown name does not type-check). */
  const formulaOf: Record<ComponentName, (slot: number, minutes: number) => number> = {
    skills,
    experience,
    wish,
    hours,
    level: levelOf,
    reach: (_slot, minutes) => reach(minutes),
    outlook,
    steering,
    direction,
    certificates: certificateValue,
    targetGroup,
    text,
  };
  const formulas = components.map((c) => formulaOf[c.name]);
  const kinds = components.map((c) => c.kind);

  return {
    evidence,
    score,
    evidenceWith: (slot, extra) => combineEvidence(skillsWith(slot, extra), experience(slot), wish(slot)),
    scoreWith(slot, minutes, extra) {
      const e = combineEvidence(skillsWith(slot, extra), experience(slot), wish(slot));
      return e > 0 ? e * modulators(slot, minutes) : 0;
    },
    modulators,
    bound,
    applies,
    evaluate(slot, minutes, out) {
      if (out === null) {
        const e = evidence(slot);
        return e > 0 ? e * modulators(slot, minutes) : 0;
      }
      // Every formula by name: the explanation's values multiply to exactly this score.
      let m = 1;
      for (let i = 0; i < formulas.length; i++) {
        out[i] = formulas[i]!(slot, minutes);
        if (kinds[i] === 'modulator') m *= out[i]!;
      }
      const e = combineEvidence(
        out[componentIndex.skills]!,
        out[componentIndex.experience]!,
        out[componentIndex.wish]!,
      );
      return e > 0 ? e * m : 0;
    },
  };
}
