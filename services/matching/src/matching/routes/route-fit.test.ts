import { describe, expect, it } from 'vitest';
import { qualifyingKinds, type Course } from '@werkbrug/shared/schemas/course';
import type { ProfileLike } from '../model/types.ts';
import { inlineProfile, occupationUri, seeded, withoutIds } from '../../testkit/matching.ts';

/**
 * The werkadviseur's findings on routes (issue 10): a route is one a werkadviseur would sign. Each case is a
 * person of the judged set, typed as the engine reads them.
 */
const { taxonomy, data, engine } = seeded();
const occupation = (label: string, years: number) => ({ occupationUri: occupationUri(taxonomy, label), years });

/** Every course of every route the person is shown: bridges on matches and career paths. */
function routeCourses(profile: ProfileLike): { target: string; courses: Course[]; weeks: number; gain: number }[] {
  const out: { target: string; courses: Course[]; weeks: number; gain: number }[] = [];
  for (const m of engine.matchVacancies(profile, { first: 40 }).matches)
    if (m.bridge)
      out.push({
        target: m.vacancy.occupationUri ?? m.vacancy.title,
        courses: m.bridge.courses.map((c) => c.course),
        weeks: m.bridge.totalWeeks,
        gain: m.bridge.fitAfter - m.bridge.fitNow,
      });
  for (const p of engine.careerPaths(profile, { first: 10 }).paths)
    if (p.route)
      out.push({
        target: p.occupationUri,
        courses: p.route.courses.map((c) => c.course),
        weeks: p.route.totalWeeks,
        gain: 1,
      });
  return out;
}

const purser = inlineProfile({
  occupations: [occupation('purser', 18), occupation('cabinemedewerker', 4)],
  nlqfLevel: 4,
  postcode: '2012',
  travel: { mode: 'ov', maxMinutes: 45 },
  hoursMin: 24,
  hoursMax: 32,
  targetGroups: ['ww'],
});
const cook = inlineProfile({
  occupations: [occupation('kok', 12)],
  nlqfLevel: 3,
  postcode: '2042',
  travel: { mode: 'fiets', maxMinutes: 30 },
  targetGroups: ['ww'],
});

describe('routes a werkadviseur would sign', () => {
  it('offer an EVC route only to someone with experience in one of its occupations', () => {
    for (const profile of [purser, cook]) {
      const evc = routeCourses(profile).flatMap((r) => r.courses.filter((c) => c.kind === 'evc'));
      expect(evc.map((c) => c.title)).toEqual([]);
    }
    const carer = inlineProfile({ occupations: [occupation('zorghulp', 6)], nlqfLevel: 2, targetGroups: ['ww'] });
    const evc = routeCourses(carer).flatMap((r) => r.courses.filter((c) => c.kind === 'evc'));
    for (const c of evc) expect(c.entry.experience).toBe(true);
  });

  it('never show a bridge that adds no course and no fit ("47 -> 47, 0 weken")', () => {
    const empty: string[] = [];
    for (const p of data.profiles)
      for (const m of engine.matchVacancies(withoutIds(p), { first: 20 }).matches)
        if (m.bridge && m.bridge.courses.length === 0 && m.bridge.fitAfter <= m.bridge.fitNow)
          empty.push(`${p.id} ${m.vacancy.title} ${m.bridge.fitNow}`);
    expect(empty).toEqual([]);
  });

  it("take a course for its skills only in the target's field, and no diploma above the target's level", () => {
    const isco = new Map(taxonomy.occupations.map((o) => [o.uri, o.isco08]));
    const minor = (uri: string) => isco.get(uri)?.slice(0, 3);
    const off: string[] = [];
    for (const p of data.profiles)
      for (const m of engine.matchVacancies(withoutIds(p), { first: 20 }).matches) {
        const target = m.vacancy.occupationUri;
        if (!m.bridge || !target) continue;
        for (const c of m.bridge.courses) {
          const own = c.course.targetOccupations;
          // A step for a certificate (the target's, or one a later step's entry needs) may come from any field.
          if (c.certificates.length > 0 || own.length === 0) continue;
          if (!own.some((u) => minor(u) === minor(target))) off.push(`${m.vacancy.title}: ${c.course.title}`);
        }
        for (const c of m.bridge.courses)
          if (qualifyingKinds.includes(c.course.kind) && c.course.nlqfLevel > m.vacancy.nlqfLevel)
            off.push(`${m.vacancy.title} (niveau ${m.vacancy.nlqfLevel}): ${c.course.title}`);
      }
    expect(off).toEqual([]);
  });

  it('do not send an electrician through a care transfer training', () => {
    const electrician = inlineProfile({
      occupations: [occupation('monteur elektrische installaties', 10)],
      nlqfLevel: 2,
      postcode: '1951',
      travel: { mode: 'auto', maxMinutes: 40 },
      targetGroups: ['ww'],
    });
    const titles = routeCourses(electrician).flatMap((r) => r.courses.map((c) => c.title));
    expect(titles.filter((t) => /zorg/i.test(t))).toEqual([]);
  });
});
