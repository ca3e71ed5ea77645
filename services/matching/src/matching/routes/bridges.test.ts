import { describe, expect, it } from 'vitest';
import { dayNumber } from '../model/days.ts';
import { bridges as cfg } from '../weights.ts';
import type { Bridge, VacancyMatch } from '../model/types.ts';
import { inlineProfile, occupationUri, seeded } from '../../testkit/matching.ts';
import { dutchRank } from './route-facts.ts';

const { taxonomy, data, engine } = seeded();
const profile = inlineProfile({
  occupations: [{ occupationUri: occupationUri(taxonomy, 'cabinemedewerker'), years: 8 }],
  nlqfLevel: 3,
  travel: { mode: 'auto', maxMinutes: 25 },
  targetGroups: ['ww'],
});
const matches = engine.matchVacancies(profile, { first: 60 }).matches;
const bridged = matches.filter((m): m is VacancyMatch & { bridge: Bridge } => m.bridge !== undefined);

describe('bridges', () => {
  it('are offered only when they open a vacancy in reach, with fitAfter >= fitNow', () => {
    expect(bridged.length).toBeGreaterThan(10);
    for (const m of bridged) {
      expect(m.bridge.opensVacancies).toBeGreaterThanOrEqual(1);
      expect(m.bridge.fitNow).toBe(m.score);
      expect(m.bridge.fitAfter).toBeGreaterThanOrEqual(m.bridge.fitNow);
    }
  });

  it('are a sequence someone can take: dated in order, entry requirements met on the way', () => {
    const today = dayNumber(data.referenceDate);
    for (const { bridge } of bridged) {
      expect(bridge.courses.length).toBeLessThanOrEqual(cfg.maxCourses);
      let free = today;
      let level = profile.nlqfLevel;
      const certificates = new Set<string>(profile.certificates ?? []);
      for (const step of bridge.courses) {
        expect(dayNumber(step.startDate)).toBeGreaterThanOrEqual(free);
        expect(step.course.startDates).toContain(step.startDate);
        expect(dayNumber(step.endDate)).toBe(dayNumber(step.startDate) + step.durationWeeks * 7);
        const { minNlqf, dutchLevel } = step.course.entry;
        if (minNlqf !== null) expect(level).toBeGreaterThanOrEqual(minNlqf);
        else expect(step.course.nlqfLevel).toBeLessThanOrEqual(level + cfg.levelAboveWithoutEntry);
        for (const c of step.course.entry.certificates) expect(certificates.has(c)).toBe(true);
        if (dutchLevel) expect(dutchRank(dutchLevel)).toBeGreaterThan(0);
        free = dayNumber(step.endDate);
        for (const c of step.course.givesCertificates) certificates.add(c);
        if (
          ['mbo-bol', 'mbo-bbl', 'associate-degree', 'hbo-deeltijd', 'zij-instroom', 'evc'].includes(step.course.kind)
        )
          level = Math.max(level, step.course.nlqfLevel);
      }
      expect(bridge.readyBy).toBe(bridge.courses.at(-1)?.endDate ?? data.referenceDate);
    }
  });

  it('hold one course per gap: every step closes something no other step closes, never alternatives', () => {
    for (const { bridge } of bridged) {
      const ids = bridge.courses.map((c) => c.courseId);
      expect(new Set(ids).size).toBe(ids.length);
      const titles = bridge.courses.map((c) => `${c.course.providerId}|${c.course.title}`);
      expect(new Set(titles).size).toBe(titles.length);
      for (const step of bridge.courses) expect(step.teaches.length + step.certificates.length).toBeGreaterThan(0);
      const taught = bridge.courses.flatMap((c) => c.teaches.map((s) => s.uri));
      expect(new Set(taught).size).toBe(taught.length);
      expect(bridge.totalWeeks).toBe(bridge.courses.reduce((n, c) => n + c.durationWeeks, 0));
    }
  });

  it('add up what each step costs after its grant; a loan or employer money never lowers the cost', () => {
    for (const { bridge } of bridged) {
      let total = 0;
      for (const step of bridge.courses) {
        expect(step.costAfterFunding).toBeCloseTo(step.price - (step.funding?.amount ?? 0), 2);
        expect(step.costAfterFunding).toBeGreaterThanOrEqual(0);
        if (step.funding) expect(step.funding.role).toBe('grant');
        for (const other of step.otherFunding) expect(other.role).not.toBe('grant');
        total += step.costAfterFunding;
      }
      expect(bridge.totalCost).toBeCloseTo(total, 2);
      expect(bridge.checkWithAdviser).toBe(bridge.courses.some((c) => c.checkWithAdviser));
    }
  });

  it('make a BBL vacancy itself the route: leren en werken tegelijk', () => {
    const bbl = bridged.filter((m) => m.vacancy.contractType === 'bbl');
    expect(bbl.length).toBeGreaterThan(0);
    for (const m of bbl) expect(m.bridge.kind).toBe('learn-work');
    for (const m of bridged.filter((x) => x.vacancy.contractType !== 'bbl')) expect(m.bridge.kind).toBe('courses');
  });

  it('raise the fit when they teach something the vacancy needs', () => {
    const withCourses = bridged.filter((m) => m.bridge.courses.some((c) => c.teaches.length > 0));
    expect(withCourses.length).toBeGreaterThan(0);
    for (const m of withCourses) expect(m.bridge.fitAfter).toBeGreaterThan(m.bridge.fitNow);
  });

  it('are not offered for a vacancy that is open to you now (other than a BBL job)', () => {
    for (const m of matches.filter((x) => x.explanation.missingSkills.length === 0 && x.vacancy.contractType !== 'bbl'))
      expect(m.bridge).toBeUndefined();
  });

  it('are not built from alternatives: a diploma towards another occupation is no step', () => {
    for (const m of bridged) {
      const target = taxonomy.occupationByUri.get(m.vacancy.occupationUri)!;
      for (const step of m.bridge.courses) {
        if (
          !['mbo-bol', 'mbo-bbl', 'leerwerktraject', 'hbo-deeltijd', 'associate-degree', 'bootcamp'].includes(
            step.course.kind,
          )
        )
          continue;
        const leads = step.course.targetOccupations.some(
          (u) => u === target.uri || taxonomy.occupationByUri.get(u)?.isco08 === target.isco08,
        );
        expect(leads).toBe(true);
      }
    }
  });
  it('lead to care vacancies that ask for a VOG, which no course gives (it is arranged when hired)', () => {
    // Care vacancies ask for a VOG, which the employer has requested once you are hired: bridges lead there.
    const care = bridged.filter((m) => m.vacancy.requiredCertificates.includes('vog'));
    expect(care.length).toBeGreaterThan(0);
    for (const m of bridged) expect(m.bridge.certificatesGained).not.toContain('vog');
  });
});

describe('matchCourses', () => {
  it('for a vacancy: ranks single courses (alternatives) and returns the bridge', () => {
    const m = bridged.find((x) => x.bridge.kind === 'courses')!;
    const r = engine.matchCourses(profile, { vacancyId: m.vacancyId, first: 5 });
    expect(r.target).toBe('vacancy');
    expect(r.bridge?.fitNow).toBe(m.score);
    for (const c of r.courses) expect(c.teaches.length + c.certificates.length).toBeGreaterThan(0);
    for (let i = 1; i < r.courses.length; i++)
      expect(r.courses[i - 1]!.value).toBeGreaterThanOrEqual(r.courses[i]!.value);
  });

  it('for an occupation and for the profile as a whole', () => {
    const occ = engine.matchCourses(profile, { occupationUri: occupationUri(taxonomy, 'zorghulp'), first: 50 });
    expect(occ.target).toBe('occupation');
    expect(occ.courses.length).toBeGreaterThan(2);
    expect(occ.courses.some((c) => c.opensVacancies > 0)).toBe(true);
    const all = engine.matchCourses(profile, { first: 5 });
    expect(all.target).toBe('profile');
    expect(all.courses.length).toBe(5);
  });

  it('returns an empty answer for an unknown target', () => {
    expect(engine.matchCourses(profile, { vacancyId: 'vac_nope-0000' }).courses).toEqual([]);
  });
});
