import { describe, expect, it } from 'vitest';
import { checkPostcode } from '../search/postcode-check.ts';
import { assumedLevel, checkDraft, emptyDraft, toMatchProfile, type QuickCheckDraft } from './quick-check.ts';

const answered: QuickCheckDraft = { ...emptyDraft, job: ' stewardess ', postcode: '2011 ab', hours: '24to32' };

describe('the quick check', () => {
  it('finds every problem at once, in the order of the form', () => {
    const problems = checkDraft({ ...emptyDraft, maxMinutes: '200' }, checkPostcode);
    expect([...problems]).toEqual([
      ['job', 'jobMissing'],
      ['postcode', 'missing'],
      ['hours', 'hoursMissing'],
      ['maxMinutes', 'minutesInvalid'],
    ]);
  });

  it('uses the region postcode rules the API applies', () => {
    expect(checkDraft({ ...answered, postcode: '20111' }, checkPostcode).get('postcode')).toBe('invalid');
    expect(checkDraft({ ...answered, postcode: '9999' }, checkPostcode).get('postcode')).toBe('unknown');
    expect(checkDraft(answered, checkPostcode).size).toBe(0);
  });

  it('sends what was typed as text, a band of hours, the postcode area and the stated assumptions', () => {
    expect(toMatchProfile(answered)).toEqual({
      profile: {
        occupations: [],
        skills: [],
        nlqfLevel: assumedLevel,
        postcode: '2011',
        travel: { mode: 'OV', maxMinutes: 45 },
        hoursMin: 24,
        hoursMax: 32,
      },
      occupationTexts: ['stewardess'],
    });
  });

  it('sends an occupation picked from "Bedoel je…?" as the occupation itself, and the level when given', () => {
    const uri = 'http://data.europa.eu/esco/occupation/f20d3ae6-baeb-482c-b68d-c2fb115e5dde';
    const input = toMatchProfile({
      ...answered,
      chosen: { uri, labelNl: 'cabinemedewerker' },
      level: '4',
      mode: 'FIETS',
    });
    expect(input.occupationTexts).toEqual([]);
    expect(input.profile.occupations).toEqual([{ occupationUri: uri, years: 2 }]);
    expect(input.profile.nlqfLevel).toBe(4);
    expect(input.profile.travel.mode).toBe('FIETS');
  });

  it('does not need a typed job once an occupation is picked', () => {
    const picked = { ...answered, job: '', chosen: { uri: 'x', labelNl: 'kok' } };
    expect(checkDraft(picked, checkPostcode).has('job')).toBe(false);
  });
});
