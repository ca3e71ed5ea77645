/**
 * Matching on the labelled profiles: the engine (matchVacancies, inline profile) and the keyword baseline
 * (vacancies with the person's typed titles and skills as the query, within the travel limit), both
 * graded with the same labels and rules over the same pool of open vacancies.
 */
import { reachKm } from '@werkbrug/shared/region/geo';
import { type Capabilities, matchInline, type NeutralMatch, type NeutralVacancy, searchVacancies } from './adapter.ts';
import { type GraphqlClient, mapLimit } from './client.ts';
import type { QualityProfile } from './data.ts';
import { type Graded, ndcgAt, precisionAt } from './metrics.ts';
import { type GradingContext, gradeVacancy, inReach, personPlace } from './rules.ts';

export interface RankedItem {
  vacancyId: string;
  title: string;
  occupation: string | null;
  sectorKey: string;
  grade: number;
  steps: string[];
  /** For the engine's matches: fits now or after a course (the report shows which kind ranks where). */
  fit?: 'NOW' | 'AFTER_COURSE';
}

export interface SystemResult {
  p10: number | null;
  ndcg10: number | null;
  top: RankedItem[];
}

export interface ProfileResult {
  id: string;
  group: string;
  split: string;
  pool: number;
  poolRelevant: number;
  poolGood: number;
  engine: SystemResult & { evidenceTop3: { ok: boolean; vacancy: string }[]; unresolved: number; resolved: number };
  baseline: SystemResult;
  error?: string;
}

/** A vacancy the product returned a little outside the limit (rounding of its own travel estimate) is graded, not zeroed. */
const reachToleranceMinutes = 2;

function ranked(p: QualityProfile, vacancies: NeutralVacancy[], ctx: GradingContext): RankedItem[] {
  const place = personPlace(p);
  return vacancies.map((v) => {
    const t = gradeVacancy(p, place, v, ctx, { reachToleranceMinutes });
    return {
      vacancyId: v.id,
      title: v.title,
      occupation: v.occupationLabel,
      sectorKey: v.sectorKey,
      grade: t.grade,
      steps: t.steps,
    };
  });
}

function asGraded(items: RankedItem[]): Graded[] {
  return items.map((i) => ({ grade: i.grade, occupation: i.occupation }));
}

export function baselineQuery(p: QualityProfile): string {
  return [...p.typedOccupations.map((o) => o.text), ...p.typedSkills].join(' ');
}

export async function evaluateProfile(
  client: GraphqlClient,
  caps: Capabilities,
  p: QualityProfile,
  allOpen: NeutralVacancy[],
  ctx: GradingContext,
): Promise<ProfileResult> {
  const place = personPlace(p);
  const poolVacancies = allOpen.filter((v) => inReach(p, place, v));
  const pool = asGraded(ranked(p, poolVacancies, ctx));
  const base = {
    id: p.id,
    group: p.group,
    split: p.split,
    pool: pool.length,
    poolRelevant: pool.filter((x) => x.grade >= 1).length,
    poolGood: pool.filter((x) => x.grade >= 2).length,
  };
  let matches: NeutralMatch[] = [];
  let engineError: string | undefined;
  let resolution = { resolved: [] as unknown[], unresolved: [] as unknown[] };
  try {
    const r = await matchInline(client, caps, p, 10);
    matches = r.matches;
    resolution = r.resolution;
  } catch (e) {
    engineError = (e as Error).message;
  }
  const engineTop = ranked(
    p,
    matches.map((m) => m.vacancy),
    ctx,
  ).map((item, i) => ({ ...item, fit: matches[i]!.fit }));
  const evidenceTop3 = matches
    .slice(0, 3)
    .map((m) => ({ ok: m.matchedEssentialSkills > 0 || m.relatedExperience, vacancy: m.vacancy.title }));

  const query = baselineQuery(p);
  let baseHits: NeutralVacancy[] = [];
  if (query.trim())
    baseHits = await searchVacancies(client, caps, {
      query,
      near: { postcode: p.postcode, radiusKm: Math.round(reachKm(p.travel.maxMinutes, p.travel.mode) * 10) / 10 },
      first: 10,
    });
  const baseTop = ranked(p, baseHits, ctx);

  return {
    ...base,
    engine: {
      p10: engineError ? 0 : precisionAt(asGraded(engineTop), pool, 10),
      ndcg10: engineError ? 0 : ndcgAt(asGraded(engineTop), pool, 10),
      top: engineTop,
      evidenceTop3,
      resolved: resolution.resolved.length,
      unresolved: resolution.unresolved.length,
    },
    baseline: {
      p10: precisionAt(asGraded(baseTop), pool, 10),
      ndcg10: ndcgAt(asGraded(baseTop), pool, 10),
      top: baseTop,
    },
    ...(engineError ? { error: engineError } : {}),
  };
}

export async function evaluateProfiles(
  client: GraphqlClient,
  caps: Capabilities,
  profiles: QualityProfile[],
  allOpen: NeutralVacancy[],
  ctx: GradingContext,
): Promise<ProfileResult[]> {
  return mapLimit(profiles, 2, (p) => evaluateProfile(client, caps, p, allOpen, ctx));
}
