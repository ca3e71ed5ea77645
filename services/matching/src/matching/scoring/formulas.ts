import { certificateKeys } from '@werkbrug/shared/schemas/certificate';
import type { Situation } from '../profile/situation.ts';
import { certificateRoutes } from '../model/certificate-routes.ts';
import { vacancyFlags } from '../model/vacancy-columns.ts';
import {
  certificates as certificateCfg,
  hours as hoursCfg,
  level as levelCfg,
  reach as reachCfg,
  targetGroup as groupCfg,
} from '../weights.ts';

/**
 * The modulators' formulas, one small pure function each (weights.ts has the numbers and why), so
 * tests, the evaluator and the explanation share them.
 */

/** Hours between the wanted and the offered range, either way: 0 when they overlap. */
export function hoursGap(wantedMin: number, wantedMax: number, offeredMin: number, offeredMax: number): number {
  return Math.max(0, offeredMin - wantedMax, wantedMin - offeredMax);
}

/** 1 up to a small gap; each further hour costs the same, too many as well as too few. */
export function hoursValue(wantedMin: number, wantedMax: number, offeredMin: number, offeredMax: number): number {
  const gap = hoursGap(wantedMin, wantedMax, offeredMin, offeredMax);
  if (gap <= hoursCfg.freeGap) return 1;
  return Math.max(hoursCfg.floor, 1 - hoursCfg.perHour * (gap - hoursCfg.freeGap));
}

/** Under-qualification (softer for BBL: school comes with the job) and over-qualification. */
export function levelValue(personLevel: number, requiredLevel: number, bbl: boolean): number {
  const short = requiredLevel - personLevel;
  if (short > 0) {
    const table = bbl ? levelCfg.byLevelsShortBbl : levelCfg.byLevelsShort;
    return table[Math.min(short, table.length - 1)]!;
  }
  const above = -short;
  return levelCfg.byLevelsAbove[Math.min(above, levelCfg.byLevelsAbove.length - 1)]!;
}

/** levelValue for every required level 0..15, regular then BBL: index level x 2 + (bbl ? 1 : 0). */
export function levelTable(personLevel: number): Float64Array {
  const t = new Float64Array(32);
  for (let l = 0; l < 16; l++) {
    t[l * 2] = levelValue(personLevel, l, false);
    t[l * 2 + 1] = levelValue(personLevel, l, true);
  }
  return t;
}

/** 1 next door, falling linearly to 1 - falloff at the person's own travel limit. */
export function reachValue(minutes: number, maxMinutes: number): number {
  return Math.max(0, Math.min(1, 1 - (reachCfg.falloff * minutes) / maxMinutes));
}

/** The factor for the certificates a vacancy requires and the person lacks (a bitmask), by route. */
export function certificateFactor(missing: number, employerTrains: boolean): number {
  let f = 1;
  for (let i = 0; i < certificateKeys.length; i++) {
    if (((missing >>> i) & 1) === 0) continue;
    const route = certificateRoutes[certificateKeys[i]!];
    f *= route === 'short' && employerTrains ? certificateCfg.shortWhenEmployerTrains : certificateCfg.byRoute[route];
  }
  return f;
}

/** Banenafspraak: garantiebanen; school leavers and no start qualification: BBL and starter jobs. */
export function targetGroupValue(
  sit: Situation,
  flags: number,
  level: number,
  hoursMin: number,
  tradeExperience = 0,
): number {
  let f = 1;
  if ((flags & vacancyFlags.bbl) !== 0 && tradeExperience >= groupCfg.hasTrade) f = groupCfg.bblWithTrade;
  if (sit.banenafspraak && (flags & vacancyFlags.garantiebaan) === 0) {
    const demanding = level >= groupCfg.demandingLevel || hoursMin >= groupCfg.demandingHours;
    f = Math.min(f, demanding ? groupCfg.banenafspraakDemanding : groupCfg.banenafspraakRegular);
  }
  if (sit.starter && (flags & (vacancyFlags.bbl | vacancyFlags.starters)) === 0)
    f = Math.min(f, groupCfg.starterRegular);
  return f;
}
