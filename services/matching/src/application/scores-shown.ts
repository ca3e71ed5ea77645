import type { CareerPath } from '../matching/routes/career-paths.ts';
import type { CourseMatches } from '../matching/routes/course-matches.ts';
import type { MatchExplanation, VacancyMatch } from '../matching/model/types.ts';
import type { ShownScore } from './scoring-log.ts';

/**
 * Each kind of result as the scores it shows, in the order shown: what goes into the scoring log.
 * Components as they were explained; for a list item with a route ("past na een opleiding") the fit
 * after the courses is logged beside them.
 */
const explained = (e: Pick<MatchExplanation, 'components'>): ShownScore['components'] =>
  e.components.map(({ name, value, weight, contribution }) => ({ name, value, weight, contribution }));

export const vacanciesShown = (result: { matches: VacancyMatch[] }): ShownScore[] =>
  result.matches.map((m) => ({
    targetId: m.vacancyId,
    score: m.score,
    components: [
      ...explained(m.explanation),
      ...(m.bridge ? [{ name: 'fitAfterCourses', value: m.bridge.fitAfter / 100, weight: 0, contribution: 0 }] : []),
    ],
  }));

export const coursesShown = (result: Pick<CourseMatches, 'courses'>): ShownScore[] =>
  result.courses.map((c) => ({
    targetId: c.course.id,
    score: c.value,
    components: [
      { name: 'coveragePerWeek', value: c.value, weight: 1, contribution: c.value },
      { name: 'opensVacancies', value: c.opensVacancies, weight: 0, contribution: 0 },
    ],
  }));

export const careerPathsShown = (result: { paths: CareerPath[] }): ShownScore[] =>
  result.paths.map((p) => ({
    targetId: p.occupationUri,
    score: Math.round(p.rank * 1000) / 10,
    components: [
      { name: 'similarity', value: p.similarity, weight: 1, contribution: 0 },
      { name: 'openVacancies', value: p.openVacancies, weight: 0, contribution: 0 },
    ],
  }));

export const candidateShown = (
  card: { score: number; explanation: Pick<MatchExplanation, 'components'> },
  vacancyId: string,
): ShownScore => ({ targetId: vacancyId, score: card.score, components: explained(card.explanation) });
