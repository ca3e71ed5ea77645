import { describe, expect, it } from 'vitest';
import { dayNumber } from '../model/days.ts';
import { inlineProfile, occupationUri, seeded } from '../../testkit/matching.ts';

const { taxonomy, data, engine, catalog } = seeded();
const profile = inlineProfile({
  occupations: [{ occupationUri: occupationUri(taxonomy, 'cabinemedewerker'), years: 8 }],
  nlqfLevel: 3,
  travel: { mode: 'auto', maxMinutes: 25 },
});
const matches = engine.matchVacancies(profile, { first: 40 }).matches;

describe('bridges', () => {
  it('are computed for every match shown, with fitAfter >= fitNow', () => {
    expect(matches.length).toBe(40);
    for (const m of matches) {
      expect(m.bridge).toBeDefined();
      expect(m.bridge!.fitNow).toBe(m.score);
      expect(m.bridge!.fitAfter).toBeGreaterThanOrEqual(m.bridge!.fitNow);
    }
  });

  it('only hold courses that teach a missing essential skill, at a reachable level, starting from today', () => {
    const bblOk = (m: (typeof matches)[number]) =>
      m.vacancy.contractType === 'bbl' || m.vacancy.trainingOffered !== null;
    let courses = 0;
    for (const m of matches) {
      const missing = new Set(m.explanation.missingSkills.map((s) => s.uri));
      for (const c of m.bridge!.courses) {
        courses++;
        expect(c.teaches.length).toBeGreaterThan(0);
        for (const s of c.teaches) expect(missing.has(s.uri)).toBe(true);
        for (const s of c.teaches) expect(c.course.skillsTaught).toContain(s.uri);
        expect(c.course.nlqfLevel).toBeLessThanOrEqual(profile.nlqfLevel + 1);
        expect(dayNumber(c.startDate)).toBeGreaterThanOrEqual(dayNumber(data.referenceDate));
        expect(c.costAfterFunding).toBeLessThanOrEqual(c.price);
        expect(c.teaches.length / c.durationWeeks).toBeGreaterThanOrEqual(1 / 26);
        if (c.course.mode === 'bbl') expect(bblOk(m)).toBe(true);
      }
      expect(m.bridge!.courses.length).toBeLessThanOrEqual(3);
      const covered = new Set(m.bridge!.covered.map((s) => s.uri));
      for (const s of m.bridge!.stillMissing) expect(covered.has(s.uri)).toBe(false);
      expect(m.bridge!.covered.length + m.bridge!.stillMissing.length).toBe(missing.size);
      expect(m.bridge!.totalWeeks).toBe(m.bridge!.courses.reduce((n, c) => n + c.durationWeeks, 0));
    }
    expect(courses).toBeGreaterThan(0);
  });

  it('raise the fit when they close a gap', () => {
    const withCourses = matches.filter((m) => m.bridge!.courses.length > 0);
    expect(withCourses.length).toBeGreaterThan(0);
    for (const m of withCourses) expect(m.bridge!.fitAfter).toBeGreaterThan(m.bridge!.fitNow);
  });

  it('are empty when nothing is missing', () => {
    for (const m of matches.filter((x) => x.explanation.missingSkills.length === 0)) {
      expect(m.bridge!.courses).toEqual([]);
      expect(m.bridge!.fitAfter).toBe(m.bridge!.fitNow);
    }
  });

  it('pick courses greedily by missing skills covered per week', () => {
    const m = matches.find((x) => x.bridge!.courses.length > 0)!;
    const first = m.bridge!.courses[0]!;
    const missing = new Set(m.explanation.missingSkills.map((s) => s.uri));
    const ratio = first.teaches.length / first.durationWeeks;
    for (const c of data.courses) {
      const covers = c.skillsTaught.filter((s) => missing.has(s)).length;
      const employerTrains = m.vacancy.contractType === 'bbl' || m.vacancy.trainingOffered !== null;
      const eligible =
        catalog.getCourse(c.id) !== undefined &&
        c.nlqfLevel <= profile.nlqfLevel + 1 &&
        c.startDates.some((d) => d >= data.referenceDate) &&
        (c.mode !== 'bbl' || employerTrains) &&
        (c.price === 0 ||
          c.funding.some(
            (f) =>
              f === 'stap' || f === 'nl-leert-door' || (employerTrains && (f === 'werkgever' || f === 'praktijkleren')),
          ));
      if (eligible && covers > 0) expect(covers / c.durationWeeks).toBeLessThanOrEqual(ratio + 1e-12);
    }
  });
});

describe('matchCourses', () => {
  it('for a vacancy: ranks courses that teach its missing skills and returns the bridge', () => {
    const m = matches.find((x) => x.explanation.missingSkills.length > 0)!;
    const r = engine.matchCourses(profile, { vacancyId: m.vacancyId, first: 5 });
    expect(r.target).toBe('vacancy');
    expect(r.bridge?.fitNow).toBe(m.score);
    for (const c of r.courses) expect(c.teaches.length).toBeGreaterThan(0);
    for (let i = 1; i < r.courses.length; i++)
      expect(r.courses[i - 1]!.value).toBeGreaterThanOrEqual(r.courses[i]!.value);
  });

  it('for an occupation and for the profile as a whole', () => {
    const occ = engine.matchCourses(profile, { occupationUri: occupationUri(taxonomy, 'zorghulp'), first: 50 });
    expect(occ.target).toBe('occupation');
    expect(occ.courses.length).toBeGreaterThan(5);
    // Short modules rank first (skills per week); a longer retraining course opens vacancies on its own.
    expect(occ.courses.some((c) => c.opensVacancies > 0)).toBe(true);
    const all = engine.matchCourses(profile, { first: 5 });
    expect(all.target).toBe('profile');
    expect(all.courses.length).toBe(5);
  });

  it('returns an empty answer for an unknown target', () => {
    expect(engine.matchCourses(profile, { vacancyId: 'vac_nope-0000' }).courses).toEqual([]);
  });
});
