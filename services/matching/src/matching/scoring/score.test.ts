import { describe, expect, it } from 'vitest';
import { haversineKm, kmFromChord2, travelMinutes, unitVector } from '@werkbrug/shared/region/geo';
import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import { inlineProfile, occupationUri, seeded } from '../../testkit/matching.ts';
import { componentNames, diversity } from '../weights.ts';

const { taxonomy, data, engine, catalog } = seeded();
const today = data.referenceDate;
const cabinCrew = inlineProfile({
  occupations: [{ occupationUri: occupationUri(taxonomy, 'cabinemedewerker'), years: 8 }],
});

describe('distance', () => {
  it('agrees with haversineKm of shared/region/geo', () => {
    const points = data.vacancies.slice(0, 300).map((v) => v.location);
    const home = lookupPostcode('1971')!;
    const h = unitVector(home.lat, home.lon);
    for (const p of points) {
      const u = unitVector(p.lat, p.lon);
      const c2 = (u.x - h.x) ** 2 + (u.y - h.y) ** 2 + (u.z - h.z) ** 2;
      expect(kmFromChord2(c2)).toBeCloseTo(haversineKm(home.lat, home.lon, p.lat, p.lon), 9);
    }
  });
});

describe('scoring vacancies', () => {
  const result = engine.matchVacancies(cabinCrew, { first: 500, bridges: false });

  it('applies the hard filters: open, not expired, in reach, enough hours', () => {
    const home = lookupPostcode(cabinCrew.postcode)!;
    expect(result.matches.length).toBeGreaterThan(50);
    for (const m of result.matches) {
      expect(m.vacancy.status).toBe('open');
      expect(m.vacancy.validThrough >= today).toBe(true);
      expect(m.vacancy.hoursMax).toBeGreaterThanOrEqual(0.5 * cabinCrew.hoursMin);
      const km = haversineKm(home.lat, home.lon, m.vacancy.location.lat, m.vacancy.location.lon);
      expect(travelMinutes(km, cabinCrew.travel.mode)).toBeLessThanOrEqual(cabinCrew.travel.maxMinutes + 1e-9);
    }
    const ids = new Set(result.matches.map((m) => m.vacancyId));
    const expired = data.vacancies.filter((v) => v.validThrough < today);
    for (const v of expired) expect(ids.has(v.id)).toBe(false);
  });

  it('drops a vacancy once its validThrough has passed', () => {
    const v = result.matches[0]!.vacancy;
    catalog.upsertVacancies([{ ...v, validThrough: '2020-01-01' }]);
    try {
      expect(
        engine.matchVacancies(cabinCrew, { first: 500, bridges: false }).matches.map((m) => m.vacancyId),
      ).not.toContain(v.id);
    } finally {
      catalog.upsertVacancies([v]);
    }
  });

  it('sorts best first, at most three of one occupation in the first ten, scores the sum of their parts', () => {
    const first = result.matches.slice(0, diversity.block);
    const rest = result.matches.slice(diversity.block);
    for (const part of [first, rest])
      for (let i = 1; i < part.length; i++) expect(part[i - 1]!.rank).toBeGreaterThanOrEqual(part[i]!.rank);
    const perOccupation = new Map<string, number>();
    for (const m of first)
      perOccupation.set(m.vacancy.occupationUri, (perOccupation.get(m.vacancy.occupationUri) ?? 0) + 1);
    for (const n of perOccupation.values()) expect(n).toBeLessThanOrEqual(diversity.perOccupation);
    for (const m of result.matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(100);
      expect(m.fit).toBe('now');
      expect(m.rank).toBe(m.score);
      const c = m.explanation.components;
      expect(componentNames).toEqual(expect.arrayContaining(c.map((x) => x.name)));
      expect(c.map((x) => x.name)).toEqual(expect.arrayContaining(['skills', 'experience', 'hours', 'level', 'reach']));
      expect(c.reduce((a, x) => a + x.contribution, 0)).toBeCloseTo(m.score, 0);
      for (const x of c) {
        expect(x.value).toBeGreaterThanOrEqual(0);
        expect(x.value).toBeLessThanOrEqual(1);
        if (x.kind === 'evidence') expect(x.contribution).toBeGreaterThanOrEqual(0);
        else expect(x.contribution).toBeLessThanOrEqual(0);
      }
    }
  });

  it('explains skills, distance and time, and says it in plain Dutch and in English', () => {
    const m = result.matches[0]!;
    const e = m.explanation;
    expect(e.matchedSkills.length + e.missingSkills.length).toBe(new Set(m.vacancy.essentialSkills).size);
    for (const s of [...e.matchedSkills, ...e.missingSkills])
      expect(s.labelNl).toBe(taxonomy.skillByUri.get(s.uri)!.labelNl);
    // distanceKm is shown rounded to 0.1 km, minutes to whole minutes.
    expect(Math.abs(e.travelMinutes - travelMinutes(e.distanceKm, 'fiets'))).toBeLessThanOrEqual(1);
    expect(e.summary).toMatch(/^Past (goed|redelijk|misschien)( na een opleiding)?: /);
    expect(e.summaryEn).toMatch(/^(Good|Fair) fit|^Might fit/);
    expect(e.summary).not.toContain('\n');
    for (const r of e.reasons) {
      expect(r.textNl.length).toBeGreaterThan(5);
      expect(r.textEn.length).toBeGreaterThan(5);
    }
  });

  it('honours the caller filters', () => {
    const r = engine.matchVacancies(cabinCrew, {
      first: 500,
      bridges: false,
      filter: { sectors: ['healthcare', 'public_security'], contractTypes: ['vast', 'tijdelijk'], minHours: 32 },
    });
    expect(r.matches.length).toBeGreaterThan(0);
    for (const m of r.matches) {
      expect(['healthcare', 'public_security']).toContain(m.vacancy.sector);
      expect(['vast', 'tijdelijk']).toContain(m.vacancy.contractType);
      expect(m.vacancy.hoursMax).toBeGreaterThanOrEqual(32);
    }
    const g = engine.matchVacancies(cabinCrew, { first: 500, bridges: false, filter: { garantiebaanOnly: true } });
    for (const m of g.matches) expect(m.vacancy.garantiebaan).toBe(true);
  });

  it('uses text scores as a filter by default and as a boost on request', () => {
    const picked = result.matches.slice(-3).map((m) => m.vacancyId);
    const textScores = new Map(picked.map((id) => [id, 1]));
    const filtered = engine.matchVacancies(cabinCrew, { first: 50, bridges: false, textScores });
    expect(filtered.matches.map((m) => m.vacancyId).sort()).toEqual([...picked].sort());
    expect(filtered.matches[0]!.explanation.components.map((c) => c.name)).toContain('text');
    const boosted = engine.matchVacancies(cabinCrew, { first: 500, bridges: false, textScores, textMode: 'boost' });
    expect(boosted.total).toBe(result.total);
  });

  it('returns nothing (and says why) for a postcode it cannot place', () => {
    const r = engine.matchVacancies({ ...cabinCrew, postcode: '9999' }, { first: 10 });
    expect(r.matches).toEqual([]);
    expect(r.resolution.unresolved.map((u) => u.kind)).toEqual(['postcode']);
  });

  it('ranks the same occupation first for an experienced worker when it is in reach', () => {
    const welder = inlineProfile({
      occupations: [{ occupationUri: occupationUri(taxonomy, 'lasser'), years: 10 }],
      travel: { mode: 'auto', maxMinutes: 30 },
    });
    const top = engine.matchVacancies(welder, { first: 3, bridges: false }).matches;
    expect(top.map((m) => taxonomy.occupationByUri.get(m.vacancy.occupationUri)!.labelNl)).toContain('lasser');
  });
});

describe('the number of results asked for', () => {
  it('is clamped to 0..500 and survives nonsense', () => {
    expect(engine.matchVacancies(cabinCrew, { first: 0 }).matches).toEqual([]);
    expect(engine.matchVacancies(cabinCrew, { first: -3 }).matches).toEqual([]);
    expect(engine.matchVacancies(cabinCrew, { first: Number.NaN, bridges: false }).matches.length).toBe(20);
    expect(engine.matchVacancies(cabinCrew, { first: 10_000, bridges: false }).matches.length).toBeLessThanOrEqual(500);
  });
});

describe('the scan', () => {
  it('keeps exactly the top k of scoring every admitted vacancy, and the fast path equals evaluate', async () => {
    const { createModel } = await import('../model/model.ts');
    const { resolveProfile } = await import('../profile/resolve.ts');
    const { buildPerson } = await import('../profile/person.ts');
    const { readSituation } = await import('../profile/situation.ts');
    const { createScoreState } = await import('./score-state.ts');
    const { compileFilter, makeAdmitter } = await import('./hard-filters.ts');
    const { rankVacancies } = await import('./score.ts');
    const { dayNumber } = await import('../model/days.ts');
    const model = createModel(taxonomy, catalog, seeded().lookup);
    for (const p of data.profiles.slice(0, 30)) {
      const r = resolveProfile(p, taxonomy, model.lookup);
      const s = createScoreState(model, r, buildPerson(model, r), readSituation(model, p, r), {
        today: dayNumber(today),
      })!;
      const f = compileFilter(undefined, false, model);
      const admit = makeAdmitter(s, f);
      const all: { score: number; slot: number }[] = [];
      let admitted = 0;
      for (let slot = 0; slot < catalog.vacancies.highWater; slot++) {
        const minutes = admit(slot);
        if (minutes < 0) continue;
        admitted++;
        const score = s.evaluator.evaluate(slot, minutes, null);
        const fast = s.evaluator.score(slot, minutes);
        const explained = s.evaluator.evaluate(slot, minutes, new Float64Array(componentNames.length));
        expect(explained).toBeCloseTo(score, 12);
        if (score > 0) expect(fast).toBeCloseTo(score, 12);
        else expect(fast).toBe(-1);
        if (score > 0) all.push({ score, slot });
      }
      const id = (slot: number) => catalog.vacancies.ids[slot]!;
      all.sort((a, b) => b.score - a.score || (id(a.slot) < id(b.slot) ? -1 : 1));
      const ranked = rankVacancies(s, f, 25);
      expect(ranked.total).toBe(admitted);
      expect(ranked.top.map((x) => x.slot)).toEqual(all.slice(0, 25).map((x) => x.slot));
    }
  });
});
