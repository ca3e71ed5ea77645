import { describe, expect, it } from 'vitest';
import { inlineProfile, occupationUri, seeded } from '../../testkit/matching.ts';

const { taxonomy, engine } = seeded();
const cabin = occupationUri(taxonomy, 'cabinemedewerker');
const profile = inlineProfile({
  occupations: [{ occupationUri: cabin, years: 8 }],
  travel: { mode: 'auto', maxMinutes: 30 },
});
const { paths } = engine.careerPaths(profile, { first: 10 });

describe('career paths', () => {
  it('lists occupations to move to, never the one you hold, each with open vacancies in reach', () => {
    expect(paths.length).toBe(10);
    for (const p of paths) {
      expect(p.occupationUri).not.toBe(cabin);
      expect(p.openVacancies).toBeGreaterThan(0);
      expect(p.labelNl).toBe(taxonomy.occupationByUri.get(p.occupationUri)!.labelNl);
    }
  });

  it('is ordered by similarity x level x outlook x steering x demand', () => {
    for (let i = 1; i < paths.length; i++) expect(paths[i - 1]!.rank).toBeGreaterThanOrEqual(paths[i]!.rank);
    for (const p of paths) expect(p.rank).toBeLessThanOrEqual(p.similarity + 1e-9);
  });

  it('puts growing sectors first for cabin crew (the region policy), with a care occupation among them', () => {
    const growing = paths.filter((p) => p.outlook === 'growing').length;
    expect(growing).toBeGreaterThanOrEqual(7);
    expect(paths.some((p) => p.sector === 'healthcare')).toBe(true);
  });

  it('gives the missing essential skills and courses that each teach some of them', () => {
    for (const p of paths) {
      const essentials = new Set(taxonomy.skillsOf(p.occupationUri).essential);
      const missing = new Set(p.missingSkills.map((s) => s.uri));
      for (const s of missing) expect(essentials.has(s)).toBe(true);
      for (const c of p.courses) {
        expect(c.teaches.length).toBeGreaterThan(0);
        for (const s of c.teaches) expect(missing.has(s.uri)).toBe(true);
        expect(c.opensVacancies).toBeLessThanOrEqual(p.openVacancies);
      }
      expect(p.opensVacanciesAfterAll).toBeLessThanOrEqual(p.openVacancies);
      for (const c of p.courses) expect(p.opensVacanciesAfterAll).toBeGreaterThanOrEqual(c.opensVacancies);
    }
  });

  it('lists only occupations with a way in, and uses the same dated, funded plans as a bridge', () => {
    for (const p of paths) {
      expect(p.openToYouNow > 0 || (p.route !== null && p.route.opensVacancies > 0)).toBe(true);
      if (!p.route) continue;
      expect(p.courses.map((c) => c.courseId)).toEqual(p.route.courses.map((c) => c.courseId));
      expect(p.totalWeeks).toBe(p.route.totalWeeks);
      expect(p.totalCost).toBe(p.route.totalCost);
      for (let i = 1; i < p.courses.length; i++) {
        expect(p.courses[i]!.opensVacancies).toBeGreaterThanOrEqual(p.courses[i - 1]!.opensVacancies);
        expect(p.courses[i]!.startDate >= p.courses[i - 1]!.endDate).toBe(true);
      }
      if (p.courses.length > 0) expect(p.opensVacanciesAfterAll).toBe(p.courses.at(-1)!.opensVacancies);
    }
  });

  it('makes a BBL job open to you now the way in: a learn-work route, as a match’s bridge has it', () => {
    const learnWork = paths.filter((p) => p.route?.kind === 'learn-work');
    expect(learnWork.length).toBeGreaterThan(0);
    for (const p of learnWork) {
      expect(p.openToYouNow).toBeGreaterThan(0);
      expect(p.route!.opensVacancies).toBeGreaterThan(0);
      // Never courses the person pays for: the employer trains and pays the school part.
      expect(p.route!.totalCost).toBe(0);
    }
  });

  it('works for a school leaver without work history, from skills alone', () => {
    const r = engine.careerPaths(
      inlineProfile({ skillTexts: ['eerste hulp verlenen', 'cliënten met speciale behoeften helpen', 'hygiëne'] }),
      { first: 5 },
    );
    expect(r.paths.length).toBe(5);
    expect(r.paths[0]!.similarity).toBeGreaterThan(0);
  });
});

describe('career paths by level', () => {
  it('differ for NLQF 1 and NLQF 7 with the same past work: each gets paths at a level it can reach', () => {
    const at = (nlqfLevel: number) =>
      engine.careerPaths({ ...profile, nlqfLevel }, { first: 5 }).paths.map((p) => p.occupationUri);
    expect(at(1)).not.toEqual(at(7));
  });
});
