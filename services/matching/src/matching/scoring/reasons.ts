import { certificateKeys } from '@werkbrug/shared/schemas/certificate';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import type { Reason, ReasonCode, ReasonParams } from '../model/types.ts';
import { certificateRoutes } from '../model/certificate-routes.ts';
import { vacancyFlags } from '../model/vacancy-columns.ts';
import { evidence as evidenceCfg, targetGroup as groupCfg } from '../weights.ts';
import { componentIndex } from './components.ts';
import { certificateFactor } from './formulas.ts';
import { sectorOutlook } from './outlook.ts';
import { type Audience, type Names, reasonText } from './phrases.ts';
import type { ScoreState } from './score-state.ts';

/**
 * The reasons of one match as codes with parameters and points, from the component values the
 * evaluator computed (so they describe exactly what was scored). Evidence reasons carry the points
 * they add; modulator reasons the points they take off (the same sequence as the explanation's
 * components, so each is what that modulator cost). Plus first, then minus, each by points.
 */
export interface ReasonInput {
  slot: number;
  minutes: number;
  /** Component values in declaration order (weights.ts). */
  values: Float64Array;
  /** Points per component (evidence >= 0, modulators <= 0), declaration order. */
  points: Float64Array;
  evidence: number;
  matchedEssential: number;
  essential: number;
  /** For an after_course match: the route's weeks, the essential skills held after it, and what it adds. */
  afterCourse?: { weeks: number; matched: number; points: number };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function buildReasons(s: ScoreState, r: ReasonInput, names: Names, audience: Audience): Reason[] {
  const v = s.model.catalog.vacancies;
  const { profile, situation: sit, person } = s;
  const { slot, values, points } = r;
  const val = (name: keyof typeof componentIndex) => values[componentIndex[name]]!;
  const pts = (name: keyof typeof componentIndex) => points[componentIndex[name]]!;
  const out: Omit<Reason, 'textNl' | 'textEn'>[] = [];
  const add = (code: ReasonCode, effect: Reason['effect'], p: number, params: ReasonParams = {}) =>
    out.push({ code, effect, points: round1(p), params });
  const occ = v.occupation[slot]!;
  const sector = sectorKeys[v.sector[slot]!]!;
  const flags = v.flags[slot]!;

  if (r.afterCourse)
    add('after_course', 'plus', r.afterCourse.points, {
      weeks: r.afterCourse.weeks,
      matched: r.afterCourse.matched,
      total: r.essential,
    });
  if (r.essential > 0 && r.matchedEssential > 0)
    add('skills', 'plus', pts('skills'), { matched: r.matchedEssential, total: r.essential });
  if (r.essential > 0 && r.matchedEssential < r.essential)
    add('skills_missing', 'info', 0, { matched: r.matchedEssential, total: r.essential });
  const from = person.experienceFrom && occ >= 0 ? person.experienceFrom[occ]! : -1;
  if (from >= 0 && val('experience') > 0) {
    const held = profile.occupations[from]!;
    const similarity = s.model.transitions.row(held.index)[occ]!;
    if (held.index === occ)
      add('same_occupation', 'plus', pts('experience'), { occupationUri: held.uri, years: held.years });
    else if (similarity >= evidenceCfg.relatedExperience)
      add('related_experience', 'plus', pts('experience'), { occupationUri: held.uri, years: held.years });
  }
  if (val('wish') > 0) {
    const byOccupation = sit.wishByOccupation !== null && occ >= 0 && sit.wishByOccupation[occ]! > 0;
    if (byOccupation)
      add('wish_occupation', 'plus', pts('wish'), { occupationUri: s.model.taxonomy.occupations[occ]!.uri });
    else add('wish_sector', 'plus', pts('wish'), { sector });
  }
  if ((flags & vacancyFlags.bbl) !== 0 && (sit.starter || val('wish') > 0)) add('route_bbl', 'plus', 0);
  else if ((flags & vacancyFlags.starters) !== 0 && (sit.starter || val('wish') > 0)) add('route_starters', 'plus', 0);
  if (sit.banenafspraak && (flags & vacancyFlags.garantiebaan) !== 0) add('garantiebaan', 'plus', 0);
  const outlook = sectorOutlook(s.model, sector);
  if (outlook === 'growing') add('growing_sector', 'plus', 0, { sector });

  const trip = { minutes: Math.max(1, Math.round(r.minutes)), mode: profile.travel.mode };
  const hours = {
    offeredMin: v.hoursMin[slot]!,
    offeredMax: v.hoursMax[slot]!,
    wantedMin: profile.hoursMin,
    wantedMax: profile.hoursMax,
  };
  if (val('hours') < 1) {
    const tooMany = hours.offeredMin > profile.hoursMax;
    add(tooMany ? 'hours_too_many' : 'hours_too_few', 'minus', pts('hours'), hours);
  }
  if (val('level') < 1) {
    const requiredLevel = v.level[slot]!;
    const levels = { requiredLevel, personLevel: profile.level };
    add(requiredLevel > profile.level ? 'level_above' : 'over_qualified', 'minus', pts('level'), levels);
  }
  if (r.minutes > 0.5 * profile.travel.maxMinutes) add('far_away', 'minus', pts('reach'), trip);
  else add('close_by', 'plus', 0, trip);
  if (outlook === 'shrinking' && val('outlook') < 1) add('shrinking_sector', 'minus', pts('outlook'), { sector });
  if (val('steering') < 1) {
    const leaving = sit.stayInField === false && (sit.ownSectors & (1 << v.sector[slot]!)) !== 0;
    add(leaving && outlook !== 'shrinking' ? 'leave_field' : 'steering', 'minus', pts('steering'), { sector });
  }
  if (val('direction') < 1) add('elsewhere', 'minus', pts('direction'));
  if (val('certificates') < 1) {
    const missing = (v.certificates[slot]! & ~sit.certificates) >>> 0;
    const trains = (flags & (vacancyFlags.bbl | vacancyFlags.employerTrains)) !== 0;
    const total = 1 - certificateFactor(missing, trains);
    certificateKeys.forEach((key, i) => {
      if (((missing >>> i) & 1) === 0) return;
      // Each lacking certificate gets its share of the points, by how much it alone would cost.
      const share = (1 - certificateFactor((1 << i) >>> 0, trains)) / total;
      add('missing_certificate', 'minus', pts('certificates') * share, {
        certificate: key,
        certificateRoute: certificateRoutes[key],
      });
    });
  }
  if (val('targetGroup') < 1) {
    const occ = v.occupation[slot]!;
    const trade = s.person.experienceRow !== null && occ >= 0 ? s.person.experienceRow[occ]! : 0;
    add(
      (flags & vacancyFlags.bbl) !== 0 && trade >= groupCfg.hasTrade
        ? 'bbl_has_trade'
        : sit.banenafspraak && (flags & vacancyFlags.garantiebaan) === 0
          ? 'not_garantiebaan'
          : 'needs_experience',
      'minus',
      pts('targetGroup'),
    );
  }
  if (val('text') < 1 && s.textBySlot !== null && s.textBySlot[slot]! < 0.5) add('search_words', 'minus', pts('text'));
  if (r.evidence < evidenceCfg.minimum) {
    const want: ('occupation' | 'skills' | 'wish')[] = [];
    if (profile.occupations.length === 0) want.push('occupation');
    if (profile.explicitSkills.length < 3) want.push('skills');
    if (sit.wishByOccupation === null && sit.wishSectors === 0) want.push('wish');
    add('too_little_known', 'info', 0, { add: want.length ? want : ['skills'] });
  }

  const order = { plus: 0, minus: 1, info: 2 } as const;
  return out
    .sort((a, b) => order[a.effect] - order[b.effect] || Math.abs(b.points) - Math.abs(a.points))
    .map((x) => ({
      ...x,
      textNl: reasonText(x.code, x.params, 'nl', names, audience),
      textEn: reasonText(x.code, x.params, 'en', names, audience),
    }));
}
