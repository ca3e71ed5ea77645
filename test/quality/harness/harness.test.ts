/** The harness's own pieces, without a service: the adviser rules, the metrics and the schema adapter. */
import { describe, expect, it } from 'vitest';
import { type Capabilities, isFittingLabel, readMatch, toMatchProfileInput } from './adapter.ts';
import type { QualityProfile } from './data.ts';
import { dcg, idealGains, ndcgAt, precisionAt } from './metrics.ts';
import { gradeVacancy, personPlace } from './rules.ts';

const care = 'http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082';
const guard = 'http://data.europa.eu/esco/occupation/a7a0c2d8-0000-4000-8000-000000000001';
const clean = 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397';

function person(over: Partial<QualityProfile> = {}): QualityProfile {
  return {
    id: 'test-01',
    name: 'T',
    group: 'test',
    split: 'tuning',
    typedOccupations: [{ text: 'stewardess', years: 10 }],
    typedSkills: [],
    certificates: [],
    nlqfLevel: 3,
    postcode: '2011',
    travel: { mode: 'fiets', maxMinutes: 30 },
    hours: [24, 32],
    targetGroups: [],
    wishes: { occupations: [], sectors: [], excludeSectors: [], stayInField: null },
    labelSpec: { good: [], plausible: [], poor: [] },
    labels: { good: [care], plausible: [guard, clean], poor_examples: [] },
    notes: '',
    ...over,
  };
}
const place = personPlace(person());
function vacancy(over: Record<string, unknown> = {}) {
  return {
    id: 'v',
    title: 'Zorghulp',
    occupationUri: care,
    occupationLabel: 'zorghulp',
    sectorKey: 'healthcare',
    outlook: 'GROWING' as const,
    hoursMin: 24,
    hoursMax: 32,
    nlqfLevel: 3,
    garantiebaan: false,
    bbl: false,
    openToStarters: false,
    requiredCertificates: [] as string[],
    lat: place.lat,
    lon: place.lon,
    ...over,
  };
}
const ctx = { impliedCertificates: new Map([[guard, ['diploma-beveiliger']]]) };
const grade = (p: QualityProfile, v: ReturnType<typeof vacancy>) => gradeVacancy(p, place, v, ctx).grade;

describe('adviser rules', () => {
  it('grades by occupation and reach', () => {
    expect(grade(person(), vacancy())).toBe(2);
    expect(grade(person(), vacancy({ occupationUri: 'x' }))).toBe(0);
    expect(grade(person(), vacancy({ lat: place.lat + 0.3 }))).toBe(0);
  });
  it('hours far off lower a good occupation', () => {
    expect(grade(person({ hours: [8, 12] }), vacancy({ hoursMin: 16, hoursMax: 24 }))).toBe(2);
    expect(grade(person({ hours: [8, 12] }), vacancy({ hoursMin: 20, hoursMax: 28 }))).toBe(1);
    expect(grade(person({ hours: [8, 12] }), vacancy({ hoursMin: 36, hoursMax: 40 }))).toBe(0);
  });
  it('Banenafspraak: garantiebaan of a plausible occupation is good, a demanding regular job poor', () => {
    const p = person({ targetGroups: ['BANENAFSPRAAK'], nlqfLevel: 2 });
    expect(grade(p, vacancy({ occupationUri: clean, garantiebaan: true, nlqfLevel: 2 }))).toBe(2);
    expect(grade(p, vacancy({ occupationUri: guard, garantiebaan: true, nlqfLevel: 2 }))).toBe(1);
    expect(grade(p, vacancy({ nlqfLevel: 3 }))).toBe(0);
    expect(grade(p, vacancy({ nlqfLevel: 2 }))).toBe(1);
  });
  it('no start qualification: a BBL or starters vacancy of a plausible occupation is good; far above the level is not', () => {
    const p = person({ nlqfLevel: 1, labels: { good: [], plausible: [care], poor_examples: [] } });
    expect(grade(p, vacancy({ bbl: true }))).toBe(2);
    expect(grade(p, vacancy({ openToStarters: true, nlqfLevel: 2 }))).toBe(2);
    expect(grade(p, vacancy({ nlqfLevel: 4 }))).toBe(0);
  });
  it('a missing licence with a short route caps at plausible, except in BBL; BIG lacks a short route', () => {
    const p = person({ labels: { good: [guard], plausible: [], poor_examples: [] } });
    expect(grade(p, vacancy({ occupationUri: guard }))).toBe(1);
    expect(grade(p, vacancy({ occupationUri: guard, bbl: true }))).toBe(2);
    expect(grade({ ...p, certificates: ['diploma-beveiliger'] }, vacancy({ occupationUri: guard }))).toBe(2);
    expect(grade(person(), vacancy({ requiredCertificates: ['big-registratie'] }))).toBe(0);
    expect(grade(person(), vacancy({ requiredCertificates: ['vca-basis'] }))).toBe(2);
  });
  it('over-qualification lowers by one; excluded sectors are out', () => {
    expect(grade(person({ nlqfLevel: 6 }), vacancy({ nlqfLevel: 2 }))).toBe(1);
    expect(
      grade(
        person({ wishes: { occupations: [], sectors: [], excludeSectors: ['healthcare'], stayInField: null } }),
        vacancy(),
      ),
    ).toBe(0);
  });
});

describe('metrics', () => {
  const g = (grade: number, occupation = `o${grade}-${Math.round(grade * 100)}`) => ({ grade, occupation });
  it('nDCG is 1 for the ideal order and counts the 4th of one occupation as 0', () => {
    const pool = [g(2, 'a'), g(2, 'b'), g(1, 'c'), g(0, 'd')];
    expect(ndcgAt(pool, pool, 10)).toBeCloseTo(1);
    const same = [g(2, 'a'), g(2, 'a'), g(2, 'a'), g(2, 'a')];
    expect(idealGains(same, 10)).toEqual([2, 2, 2]);
    expect(ndcgAt(same, same, 10)).toBeCloseTo(1);
    expect(dcg([2, 1], 10)).toBeCloseTo(2 + 1 / Math.log2(3));
  });
  it('P@10 divides by the relevant vacancies when fewer than 10 exist', () => {
    const pool = [g(2, 'a'), g(1, 'b'), g(0, 'c')];
    expect(precisionAt([g(2, 'a'), g(1, 'b')], pool, 10)).toBe(1);
    expect(precisionAt([g(0, 'c')], pool, 10)).toBe(0);
    expect(precisionAt([], [g(0, 'c')], 10)).toBeNull();
  });
});

describe('schema adapter', () => {
  const today: Capabilities = {
    typedOccupations: { on: 'match', field: 'occupationTexts', textField: null, yearsField: null },
    typedSkillsField: 'skillTexts',
    certificates: null,
    wishes: null,
    knownSectors: new Set(['healthcare']),
    matchLabel: null,
    fitField: null,
    experienceField: null,
    vacancy: { openToStarters: false, requiredCertificates: null, bbl: false },
    resolutionCertificates: false,
    summary: '',
  };
  const future: Capabilities = {
    ...today,
    typedOccupations: { on: 'match', field: 'typedOccupations', textField: 'text', yearsField: 'years' },
    certificates: { on: 'profile', field: 'certificates', enumValues: ['RIJBEWIJS_B', 'VCA_BASIS'] },
    wishes: {
      on: 'profile',
      field: 'wishes',
      inputType: 'WishesInput',
      fields: { occupations: '[String]', sectors: '[String]', excludeSectors: '[String]', stayInField: 'Boolean' },
    },
    matchLabel: { on: 'explanation', field: 'label', scalar: true, sub: null },
    fitField: 'fit',
  };
  const p = {
    ...person({ certificates: ['rijbewijs-b'], typedSkills: ['EHBO'] }),
    wishes: {
      occupations: ['ik wil de zorg in'],
      sectors: ['healthcare', 'unknown'],
      excludeSectors: [],
      stayInField: false,
    },
  };
  it("maps a profile to today's input: texts without years, certificates as typed skills, no wishes", () => {
    const input = toMatchProfileInput(p, today);
    expect(input.occupationTexts).toEqual(['stewardess']);
    expect(input.skillTexts).toEqual(['EHBO', 'rijbewijs B']);
    expect((input.profile as Record<string, unknown>).travel).toEqual({ mode: 'FIETS', maxMinutes: 30 });
    expect(input).not.toHaveProperty('wishes');
  });
  it('maps a profile to the new input: years, certificate enum, known wish sectors', () => {
    const input = toMatchProfileInput(p, future);
    const profile = input.profile as Record<string, unknown>;
    expect(input.typedOccupations).toEqual([{ text: 'stewardess', years: 10 }]);
    expect(profile.certificates).toEqual(['RIJBEWIJS_B']);
    expect(profile.wishes).toEqual({
      sectors: ['healthcare'],
      excludeSectors: [],
      stayInField: false,
      occupations: [],
    });
  });
  it('reads the label from the summary today and counts "we weten te weinig" as not fitting', () => {
    const raw = {
      score: 52,
      vacancy: {
        id: 'v',
        title: 'Instapfunctie zorghulp',
        contractType: 'VAST',
        garantiebaan: false,
        hoursMin: 24,
        hoursMax: 32,
        nlqfLevel: 2,
        occupation: null,
        sector: { key: 'healthcare', outlook: 'GROWING' },
        location: { lat: 52, lon: 4 },
      },
      explanation: {
        summary: 'Past redelijk: je hebt 0 van de 6.',
        matchedSkills: [],
        components: [{ name: 'transition', value: 0.6 }],
      },
      bridge: { fitNow: 52, fitAfter: 80, courses: [{ course: { id: 'c1' } }] },
    };
    const m = readMatch(raw, today);
    expect(m.label).toBe('Past redelijk');
    expect(m.fitting).toBe(true);
    expect(m.fit).toBe('AFTER_COURSE');
    expect(m.relatedExperience).toBe(true);
    expect(m.vacancy.openToStarters).toBe(true);
    expect(isFittingLabel('We weten nog te weinig van je')).toBe(false);
    expect(isFittingLabel('NO_EVIDENCE')).toBe(false);
    expect(isFittingLabel('GOOD')).toBe(true);
  });
});
