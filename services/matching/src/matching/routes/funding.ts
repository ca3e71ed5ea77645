import type { Course } from '@werkbrug/shared/schemas/course';
import type { FundingStep } from '@werkbrug/shared/courses/funding-rules';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { ScoreState } from '../scoring/score-state.ts';

/** Courses an employer arranges beside the job it offers: the BBL school day, training on the job. */
const learnWorkKinds = new Set(['mbo-bbl', 'leerwerktraject', 'praktijkverklaring', 'bedrijfsopleiding']);

/**
 * A course as a step the funding rules (shared/courses/funding-rules.ts) can judge, in the engine's terms: an
 * employer takes part when the course comes with a job, or when it is the learn-work part of a job at a target
 * vacancy whose employer trains (that employer pays its BBL school, not a full-time study), and the route
 * leads to an occupation with good prospects when one of the course's occupations is in a growing sector (as
 * the regional outlook says now) or the course comes with a job guarantee.
 */
export function fundingStepOf(
  s: ScoreState,
  course: Course,
  startDate: string,
  goal: { employerTrains: boolean },
): FundingStep {
  const sectors = sectorsOf(s, course);
  return {
    course,
    startDate,
    employerInRoute:
      course.employerName !== null ||
      (goal.employerTrains && (course.mode === 'bbl' || course.mode === 'werkplek' || learnWorkKinds.has(course.kind))),
    towardsShortage:
      course.jobGuarantee || sectors.some((k) => s.model.taxonomy.sectorByKey.get(k)?.outlook === 'growing'),
    sectors,
  };
}

/** The sectors of the occupations a course leads to. */
export function sectorsOf(s: Pick<ScoreState, 'model'>, course: Pick<Course, 'targetOccupations'>): SectorKey[] {
  const { taxonomy } = s.model;
  const sectors = course.targetOccupations.map((u) => taxonomy.occupationByUri.get(u)?.sector);
  return [...new Set(sectors.filter((k): k is SectorKey => k !== undefined))];
}
