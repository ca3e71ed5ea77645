import { describe, expect, it } from 'vitest';
import { inlineProfile, occupationUri, seeded } from '../../testkit/matching.ts';
import type { ProfileLike, VacancyMatch } from '../model/types.ts';

const { taxonomy, engine } = seeded();
const isCare = (m: VacancyMatch) => taxonomy.occupationByUri.get(m.vacancy.occupationUri)!.isco08.startsWith('532');
const careAfterCourse = (p: ProfileLike) =>
  engine.matchVacancies(p, { first: 30 }).matches.filter((m) => m.fit === 'after_course' && isCare(m)).length;

describe('"past na een opleiding" along a documented retraining route', () => {
  // A travel agent and nothing else: only the regional travel -> care programme links them to care.
  const agent = (over: Partial<ProfileLike>) =>
    inlineProfile({
      occupations: [{ occupationUri: occupationUri(taxonomy, 'reisagent'), years: 6 }],
      travel: { mode: 'auto', maxMinutes: 30 },
      ...over,
    });

  it('is offered to someone with a start qualification', () => {
    expect(careAfterCourse(agent({ nlqfLevel: 3 }))).toBeGreaterThan(0);
  });

  it('is not offered on the route alone without a start qualification, or in the Banenafspraak', () => {
    expect(careAfterCourse(agent({ nlqfLevel: 1 }))).toBe(0);
    expect(careAfterCourse(agent({ nlqfLevel: 3, targetGroups: ['banenafspraak'] }))).toBe(0);
  });
});

describe('courses a person has already done', () => {
  const guard = (certificates: ProfileLike['certificates']) =>
    inlineProfile({
      occupations: [{ occupationUri: occupationUri(taxonomy, 'beveiliger'), years: 5 }],
      nlqfLevel: 2,
      travel: { mode: 'auto', maxMinutes: 30 },
      certificates,
    });
  const coursesGiving = (p: ProfileLike, key: string) =>
    engine
      .matchVacancies(p, { first: 30 })
      .matches.flatMap((m) => m.bridge?.courses ?? [])
      .filter((c) => c.course.givesCertificates.includes(key as never));

  it('are not proposed: the beveiliger diploma course is not a route for someone who holds that diploma', () => {
    // Without the diploma the course is on the routes (so the check below can fail).
    expect(coursesGiving(guard([]), 'diploma-beveiliger').length).toBeGreaterThan(0);
    expect(coursesGiving(guard(['diploma-beveiliger']), 'diploma-beveiliger')).toEqual([]);
  });
});
