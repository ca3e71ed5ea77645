import { describe, expect, it } from 'vitest';
import { seeded } from '../../testkit/matching.ts';
import { employer } from '../weights.ts';

const { data, engine } = seeded({ profiles: 400 });

describe('employer side: ranking profiles for a vacancy', () => {
  // A vacancy in Haarlem that some seeded people fit, with and without consent. (Healthcare ones used
  // to serve, but most seeded people come from shrinking sectors and have none of their essential
  // skills, and since issue 13 such people are no candidates.)
  const vacancy = data.vacancies.find((v) => {
    if (v.status !== 'open' || v.location.municipality !== 'Haarlem' || v.essentialSkills.length === 0) return false;
    const r = engine.matchProfiles(v.id, data.profiles, { first: 400 });
    return r.visible.length > 0 && r.hiddenCount > 0;
  })!;
  const result = engine.matchProfiles(vacancy.id, data.profiles, { first: 400 });

  it('returns only profiles whose owners agreed to be seen by employers', () => {
    const visible = new Set(data.profiles.filter((p) => p.consent.visibleToEmployers).map((p) => p.id));
    expect(result.visible.length).toBeGreaterThan(0);
    for (const m of result.visible) expect(visible.has(m.profileId)).toBe(true);
  });

  it('counts the others without naming them', () => {
    expect(result.hiddenCount).toBeGreaterThan(0);
    const hidden = data.profiles.filter((p) => !p.consent.visibleToEmployers).map((p) => p.id);
    const json = JSON.stringify(result);
    for (const id of hidden) expect(json).not.toContain(id);
  });

  it('counts exactly the profiles that would match if they had agreed', () => {
    const everyone = data.profiles.map((p) => ({ ...p, consent: { ...p.consent, visibleToEmployers: true } }));
    const all = engine.matchProfiles(vacancy.id, everyone, { first: 400 });
    expect(all.hiddenCount).toBe(0);
    expect(all.visible.length).toBe(result.visible.length + result.hiddenCount);
  });

  it('ranks best first, above the minimum score, with explanations', () => {
    for (let i = 0; i < result.visible.length; i++) {
      const m = result.visible[i]!;
      expect(m.score).toBeGreaterThanOrEqual(employer.minScore);
      if (i > 0) expect(result.visible[i - 1]!.score).toBeGreaterThanOrEqual(m.score);
      expect(m.explanation.summary).toMatch(/^Past (goed|redelijk|misschien): /);
      expect(m.explanation.summary).toMatch(/de kandidaat/i);
      expect(m.explanation.summary).not.toMatch(/\bje\b|\bjij\b|\bjouw\b/);
    }
    expect(engine.matchProfiles(vacancy.id, data.profiles, { first: 3 }).visible.length).toBeLessThanOrEqual(3);
  });

  it('leaves out people with none of the essential skills, visible or not', () => {
    expect(vacancy.essentialSkills.length).toBeGreaterThan(0);
    for (const m of result.visible) expect(m.explanation.matchedSkills.length).toBeGreaterThan(0);
    const skillless = data.profiles.slice(0, 50).map((p) => ({
      ...p,
      id: `${p.id}-x`,
      skills: p.skills.filter((s) => !vacancy.essentialSkills.includes(s)),
      occupations: [],
      consent: { ...p.consent, visibleToEmployers: true },
    }));
    const none = engine.matchProfiles(vacancy.id, skillless, { first: 400 });
    for (const m of none.visible) expect(m.explanation.matchedSkills.length).toBeGreaterThan(0);
  });

  it('answers an unknown vacancy with nothing', () => {
    expect(engine.matchProfiles('vac_nope-0000', data.profiles)).toEqual({ visible: [], hiddenCount: 0 });
  });
});
