import { describe, expect, it } from 'vitest';
import { engineWith, inlineProfile, occupationUri, seeded, withoutIds } from '../testkit/matching.ts';
import type { ProfileLike, VacancyMatch } from './model/types.ts';
import { diversity, evidence, labels } from './weights.ts';
import { certificatesByLaw } from './model/occupation-certificates.ts';

/**
 * The advice as a werkadviseur would judge it: fit needs evidence, modulators lower it for a reason
 * the person can read, target groups get their routes, one occupation does not fill the list, and the
 * matches and career paths tell one story.
 */
const { taxonomy, data, engine } = seeded();
const occ = (label: string) => occupationUri(taxonomy, label);
const labelOf = (m: VacancyMatch) => taxonomy.occupationByUri.get(m.vacancy.occupationUri)!.labelNl;
const codes = (m: VacancyMatch) => m.explanation.reasons.map((r) => r.code);
const cabinCrew = inlineProfile({
  occupations: [{ occupationUri: occ('cabinemedewerker'), years: 12 }],
  travel: { mode: 'auto', maxMinutes: 30 },
});

describe('scores on evidence', () => {
  it('gives an empty or unreadable profile no match labelled as fitting, and says what to add', () => {
    for (const p of [
      inlineProfile(),
      inlineProfile({ occupationTexts: ['qwrtzp', 'blablabla xyz'], skillTexts: ['asdfgh', 'zzzz kkk'] }),
      inlineProfile({ targetGroups: ['schoolverlater', 'ww'], hoursMin: 8, hoursMax: 40 }),
    ]) {
      const r = engine.matchVacancies(p, { first: 10 });
      for (const m of r.matches) expect(m.label).toBe('too_little_known');
      expect(r.advice?.code).toBe('too_little_known');
      expect(r.advice?.textNl).toMatch(/^We weten nog te weinig van je: vul /);
    }
  });

  it('labels every match in the band of its rank, with evidence of at least the minimum for a "past" label', () => {
    for (const p of data.profiles.slice(0, 25)) {
      for (const m of engine.matchVacancies(withoutIds(p), { first: 10 }).matches) {
        const band =
          m.rank >= labels.good
            ? 'good'
            : m.rank >= labels.fair
              ? 'fair'
              : m.rank >= labels.possible
                ? 'possible'
                : 'no_fit';
        expect(m.label).toBe(m.explanation.evidence < evidence.minimum ? 'too_little_known' : band);
        expect(m.explanation.summary.startsWith(m.label === 'too_little_known' ? 'We weten' : 'Past')).toBe(true);
      }
    }
  });

  it('names a matched essential skill or related experience for every top-3 match that claims to fit', () => {
    for (const p of data.profiles.slice(0, 40)) {
      for (const m of engine.matchVacancies(withoutIds(p), { first: 3 }).matches) {
        if (m.label === 'too_little_known') continue;
        const e = m.explanation;
        expect(e.matchedSkills.length + e.relatedExperience.length).toBeGreaterThan(0);
      }
    }
  });

  it('weighs years: 25 years in an occupation count more than 2', () => {
    // A growing sector, so steering (which starts at a year in a shrinking one) does not enter.
    const target = data.vacancies.find(
      (v) =>
        v.status === 'open' &&
        v.location.municipality === 'Haarlem' &&
        taxonomy.sectorByKey.get(v.sector)?.outlook === 'growing',
    )!;
    const years = (n: number) =>
      engine
        .matchVacancies(
          inlineProfile({
            occupations: [{ occupationUri: target.occupationUri, years: n }],
            travel: { mode: 'auto', maxMinutes: 30 },
          }),
          { first: 500, bridges: false, filter: { occupationUris: [target.occupationUri] } },
        )
        .matches.find((m) => m.vacancyId === target.id)!.score;
    expect(years(25)).toBeGreaterThan(years(2));
    expect(years(2)).toBeGreaterThan(years(0));
  });
});

describe('modulators with a reason', () => {
  it('counts too many hours as well as too few, and says so', () => {
    const partTimer = inlineProfile({ ...cabinCrew, hoursMin: 8, hoursMax: 12 });
    const r = engine.matchVacancies(partTimer, { first: 200, bridges: false });
    expect(r.matches.length).toBeGreaterThan(0);
    for (const m of r.matches) expect(m.vacancy.hoursMin).toBeLessThanOrEqual(24);
    const tooMany = r.matches.find((m) => m.vacancy.hoursMin >= 20)!;
    expect(codes(tooMany)).toContain('hours_too_many');
    for (const m of r.matches.slice(0, 3)) expect(m.vacancy.hoursMin - 12).toBeLessThanOrEqual(12);
  });

  it('models over-qualification: NLQF 7 fits a level-2 job less well than NLQF 3 does', () => {
    const filter = { occupationUris: [occ('magazijnmedewerker')] };
    const at = (level: number) =>
      new Map(
        engine
          .matchVacancies({ ...cabinCrew, nlqfLevel: level }, { first: 500, bridges: false, filter })
          .matches.map((m) => [m.vacancyId, m]),
      );
    const high = at(7);
    const mid = at(3);
    const low = [...high.values()].find((m) => m.vacancy.nlqfLevel <= 3)!;
    expect(codes(low)).toContain('over_qualified');
    expect(low.score).toBeLessThan(mid.get(low.vacancyId)!.score);
  });
});

describe('target groups and certificates', () => {
  // A plain regular job (no BBL, no training, nothing required) that the twins below vary one thing of.
  const base = data.vacancies.find(
    (v) =>
      v.status === 'open' &&
      v.nlqfLevel <= 2 &&
      v.hoursMin >= 32 &&
      v.contractType !== 'bbl' &&
      v.trainingOffered === null &&
      v.requiredCertificates.length === 0 &&
      certificatesByLaw(taxonomy.occupationByUri.get(v.occupationUri)!).length === 0,
  )!;
  const plain = { garantiebaan: false, openToStarters: false, requiredCertificates: [] };
  const twin = (id: string, extra: object) => ({ ...base, ...plain, id, ...extra });
  // The same vacancy four times, differing only in what the test is about.
  const custom = engineWith((v) => v);
  custom.catalog.upsertVacancies([
    twin('vac_test-garantie', { garantiebaan: true }),
    twin('vac_test-starter', { openToStarters: true, garantiebaan: false }),
    twin('vac_test-regular', { garantiebaan: false, openToStarters: false }),
    twin('vac_test-truck', { garantiebaan: false, requiredCertificates: ['rijbewijs-c', 'code-95'] }),
    twin('vac_test-vog', { garantiebaan: false, requiredCertificates: ['vog', 'schiphol-pas'] }),
    twin('vac_test-bbl', { garantiebaan: false, contractType: 'bbl' }),
  ]);
  const match = (p: ProfileLike) => {
    const all = custom.engine.matchVacancies(p, {
      first: 500,
      bridges: false,
      filter: { occupationUris: [base.occupationUri] },
    }).matches;
    return (id: string) => all.find((m) => m.vacancyId === id)!;
  };
  const person = inlineProfile({
    occupations: [{ occupationUri: base.occupationUri, years: 3 }],
    postcode: base.location.postcode.slice(0, 4),
    nlqfLevel: 1,
    hoursMin: 32,
    hoursMax: 40,
  });

  it('Banenafspraak: a garantiebaan comes first, a demanding regular job is lowered and says why', () => {
    const m = match({ ...person, targetGroups: ['banenafspraak'] });
    expect(m('vac_test-garantie').score).toBeGreaterThan(m('vac_test-regular').score);
    expect(codes(m('vac_test-garantie'))).toContain('garantiebaan');
    expect(codes(m('vac_test-regular'))).toContain('not_garantiebaan');
  });

  it('a garantiebaan is not shown to someone outside the Banenafspraak: only people in the register can take it', () => {
    const other = match({ ...person, nlqfLevel: 3, targetGroups: [] });
    expect(other('vac_test-garantie')).toBeUndefined();
    expect(other('vac_test-regular')).toBeDefined();
  });

  it('school leavers and people without a start qualification: jobs open to starters first', () => {
    const m = match({ ...person, targetGroups: ['schoolverlater'] });
    expect(m('vac_test-starter').score).toBeGreaterThan(m('vac_test-regular').score);
    expect(codes(m('vac_test-regular'))).toContain('needs_experience');
    const qualified = match({ ...person, nlqfLevel: 3, targetGroups: [] });
    expect(qualified('vac_test-starter').score).toBe(qualified('vac_test-regular').score);
  });

  it('a BBL place of a trade the person already has comes after an ordinary job of it, and says why', () => {
    const skilled = match({ ...person, nlqfLevel: 3 });
    expect(skilled('vac_test-bbl').score).toBeLessThan(skilled('vac_test-regular').score);
    expect(codes(skilled('vac_test-bbl'))).toContain('bbl_has_trade');
    expect(skilled('vac_test-bbl').explanation.reasons.find((r) => r.code === 'bbl_has_trade')!.textNl).toBe(
      'dit is een leerwerkbaan (BBL) om het vak te leren; jij hebt dit vak al',
    );
    // Someone who only names the skills (no years in the trade) is not lowered for it.
    const learner = match(inlineProfile({ ...person, nlqfLevel: 3, occupations: [], skills: base.essentialSkills }));
    expect(codes(learner('vac_test-bbl'))).not.toContain('bbl_has_trade');
  });

  it('a VOG or Schipholpas the employer arranges when hiring is no minus and not named as missing', () => {
    const vog = match(person)('vac_test-vog');
    expect(vog.score).toBe(match(person)('vac_test-regular').score);
    expect(vog.explanation.missingCertificates).toEqual([]);
    expect(codes(vog)).not.toContain('missing_certificate');
  });

  it('a missing certificate is a named minus by how long it takes; holding it removes the minus', () => {
    const without = match(person)('vac_test-truck');
    expect(without.explanation.missingCertificates).toEqual(['rijbewijs-c', 'code-95']);
    expect(codes(without).filter((c) => c === 'missing_certificate')).toHaveLength(2);
    expect(without.explanation.reasons.find((r) => r.code === 'missing_certificate')!.textNl).toMatch(
      /^je hebt nog geen .+; dat haal je in een paar weken of maanden$/,
    );
    const regular = match(person)('vac_test-regular');
    expect(without.score).toBeLessThan(regular.score);
    const holder = match({ ...person, certificates: ['rijbewijs-c', 'code-95'] })('vac_test-truck');
    expect(holder.score).toBe(match({ ...person, certificates: ['rijbewijs-c', 'code-95'] })('vac_test-regular').score);
    expect(holder.explanation.missingCertificates).toEqual([]);
  });
});

describe('what the person wants', () => {
  it('never proposes a ruled-out sector or occupation', () => {
    const r = engine.matchVacancies(
      {
        ...cabinCrew,
        wishes: {
          occupations: [],
          sectors: [],
          excludeOccupations: [occ('zorghulp')],
          excludeSectors: ['aviation', 'healthcare'],
          stayInField: null,
        },
      },
      { first: 100 },
    );
    expect(r.matches.length).toBeGreaterThan(0);
    for (const m of r.matches) {
      expect(['aviation', 'healthcare']).not.toContain(m.vacancy.sector);
      expect(m.vacancy.occupationUri).not.toBe(occ('zorghulp'));
    }
  });

  it('a wished sector with a way in is evidence, and the reason names it', () => {
    const wish = inlineProfile({
      skillTexts: ['klantvriendelijk'],
      wishes: {
        occupations: [],
        sectors: ['technical_energy'],
        excludeOccupations: [],
        excludeSectors: [],
        stayInField: null,
      },
    });
    const r = engine.matchVacancies(wish, { first: 10 });
    const tech = r.matches.filter((m) => m.vacancy.sector === 'technical_energy');
    expect(tech.length).toBeGreaterThan(0);
    for (const m of tech) expect(codes(m)).toContain('wish_sector');
  });

  it('lowers work outside the direction the person aims for, says so, and never drops it', () => {
    const aims = {
      ...cabinCrew,
      wishes: {
        occupations: [],
        sectors: ['childcare' as const],
        excludeOccupations: [],
        excludeSectors: [],
        stayInField: null,
      },
    };
    const byId = (p: ProfileLike) =>
      new Map(engine.matchVacancies(p, { first: 500, bridges: false }).matches.map((m) => [m.vacancyId, m]));
    const plain = byId(cabinCrew);
    const aimed = byId(aims);
    const elsewhere = [...aimed.values()].filter((m) => m.vacancy.sector !== 'childcare' && m.score > 0);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const m of elsewhere.slice(0, 20)) {
      expect(codes(m)).toContain('elsewhere');
      expect(m.score).toBeLessThanOrEqual(plain.get(m.vacancyId)?.score ?? 100);
    }
    for (const m of aimed.values()) if (m.vacancy.sector === 'childcare') expect(codes(m)).not.toContain('elsewhere');
  });

  it('steers from a shrinking sector to growing ones unless the person wants to stay', () => {
    const steered = engine.matchVacancies(cabinCrew, { first: 10 }).matches;
    expect(steered.filter((m) => m.explanation.outlook === 'growing').length).toBeGreaterThanOrEqual(7);
    const stays = engine.matchVacancies(
      {
        ...cabinCrew,
        wishes: { occupations: [], sectors: [], excludeOccupations: [], excludeSectors: [], stayInField: true },
      },
      { first: 10 },
    ).matches;
    expect(stays.filter((m) => m.vacancy.sector === 'aviation').length).toBeGreaterThanOrEqual(3);
    const aviation = engine
      .matchVacancies(cabinCrew, { first: 100, bridges: false })
      .matches.find((m) => m.vacancy.sector === 'aviation')!;
    expect(codes(aviation)).toContain('steering');
  });
});

describe('one story', () => {
  const r = engine.matchVacancies(cabinCrew, { first: 20 });

  it('holds "past na een opleiding" matches with their bridge, ranked by the fit after, discounted', () => {
    const after = r.matches.filter((m) => m.fit === 'after_course');
    expect(after.length).toBeGreaterThan(0);
    for (const m of after) {
      expect(m.bridge!.courses.length).toBeGreaterThan(0);
      expect(m.rank).toBeGreaterThan(m.score);
      expect(m.rank).toBeLessThan(m.bridge!.fitAfter);
      expect(m.explanation.evidence).toBeGreaterThanOrEqual(evidence.minimum);
      expect(m.explanation.summary).toMatch(/^Past \w+ na een opleiding: na \d+ weken? opleiding heb je/);
    }
  });

  it('lets no course create fit: a person with nothing that links them gets no "past na een opleiding"', () => {
    const thin = engine.matchVacancies(inlineProfile({ skillTexts: ['klantvriendelijk'] }), { first: 20 });
    for (const m of thin.matches)
      if (m.fit === 'after_course') expect(m.explanation.evidence).toBeGreaterThanOrEqual(evidence.minimum);
  });

  it('agrees with the career paths: a path shows the vacancies the list ranks for it', () => {
    const { paths } = engine.careerPaths(cabinCrew, { first: 3 });
    expect(paths[0]!.vacancies.length).toBeGreaterThan(0);
    const list = engine.matchVacancies(cabinCrew, { first: 50 }).matches;
    const byId = new Map(list.map((m) => [m.vacancyId, m]));
    const best = paths[0]!.vacancies[0]!;
    expect(byId.get(best.vacancyId)).toBeDefined();
    expect(byId.get(best.vacancyId)!.rank).toBe(best.rank);
    expect(byId.get(best.vacancyId)!.fit).toBe(best.fit);
  });

  it('shows at most three of one occupation in the first ten, with "meer van dit soort" for the rest', () => {
    const forklift = inlineProfile({
      occupations: [{ occupationUri: occ('heftruckchauffeur'), years: 10 }],
      travel: { mode: 'auto', maxMinutes: 45 },
      hoursMin: 24,
      hoursMax: 40,
      wishes: { occupations: [], sectors: [], excludeOccupations: [], excludeSectors: [], stayInField: true },
    });
    const list = engine.matchVacancies(forklift, { first: 10 });
    const counts = new Map<string, number>();
    for (const m of list.matches) counts.set(labelOf(m), (counts.get(labelOf(m)) ?? 0) + 1);
    for (const n of counts.values()) expect(n).toBeLessThanOrEqual(diversity.perOccupation);
    expect(counts.get('heftruckchauffeur')).toBe(diversity.perOccupation);
    const more = list.moreOfKind.find((x) => x.occupationUri === occ('heftruckchauffeur'))!;
    expect(more.count).toBeGreaterThan(0);
    const last = list.matches.filter((m) => labelOf(m) === 'heftruckchauffeur').at(-1)!;
    expect(last.moreOfKind).toBe(more.count);
    // Asking for that occupation shows them all.
    const all = engine.matchVacancies(forklift, { first: 10, filter: { occupationUris: [occ('heftruckchauffeur')] } });
    expect(all.matches.length).toBe(Math.min(10, diversity.perOccupation + more.count));
  });
});
