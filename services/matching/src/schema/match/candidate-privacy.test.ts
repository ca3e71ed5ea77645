import type { Profile } from '@werkbrug/shared/schemas/profile';
import { haversineKm } from '@werkbrug/shared/region/geo';
import { lookupPostcode, postcodeAreas, servedArea } from '@werkbrug/shared/region/postcodes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateIds, coarsePostcode, distanceBand } from '../../application/candidate-privacy.ts';
import { startTestApp, type TestApp } from '../../testkit/test-app.ts';

/**
 * The attack of issue 12, repeated: an employer posts four copies of one vacancy at 2011 (Haarlem),
 * 1971 (IJmuiden), 2041 (Zandvoort) and 1941 (Beverwijk) and reads matchProfiles for each, to
 * intersect the distances and pin down where each candidate lives. It no longer narrows anyone below
 * their municipality: the employer's view is the same for every postcode of it.
 */
let t: TestApp;
const posted = ['2011', '1971', '2041', '1941'];
/** People who chose to be visible, alike in everything but where they live. */
const homes = ['2011', '2024', '2034', '2035', '1971', '1972', '1975', '1941', '1944', '2041', '2042', '1961', '1965'];
const vacancyIds: string[] = [];
let people: Profile[] = [];

interface Card {
  candidateId: string;
  score: number;
  hoursMin: number;
  explanation: { summary: string; distanceBand: string; travelBand: string; components: { value: number }[] };
}
const cardsByVacancy = new Map<string, Card[]>();

beforeAll(async () => {
  t = await startTestApp({ SEED_VACANCIES: '200', SEED_COURSES: '20', SEED_PROFILES: '20' });
  const employer = await t.signIn('werkgever@demo.werkbrug.nl');
  const base = (
    await t.runtime.store.vacancies.list({ status: 'open', employerId: 'emp_healthcare-001' }, { first: 1 })
  ).items[0]!;
  const template = (await t.runtime.store.profiles.list({}, { first: 1 })).items[0]!;
  people = homes.map((postcode, i) => ({
    ...template,
    id: `prf_trilat-${String(i).padStart(4, '0')}`,
    userId: null,
    adviserId: null,
    alias: 'Kandidaat',
    postcode,
    occupations: [{ occupationUri: base.occupationUri, years: 5 }],
    skills: base.essentialSkills,
    travel: { mode: 'auto', maxMinutes: 90 },
    hoursMin: 24,
    hoursMax: 36,
    consent: { visibleToEmployers: true, shareWithAdviser: true },
  }));
  for (const p of people) await t.runtime.store.profiles.save(p, { userId: null });
  for (const postcode of posted) {
    const res = await t.gql(
      'mutation($input: VacancyInput!) { postVacancy(input: $input) { id } }',
      {
        input: {
          title: 'Verzorgende in de wijk',
          description: 'Je helpt ouderen thuis met de dagelijkse zorg, samen met een vast team.',
          occupationUri: base.occupationUri,
          postcode,
          essentialSkills: base.essentialSkills,
          nlqfLevel: 2,
          hoursMin: 24,
          hoursMax: 36,
          contractType: 'VAST',
          validThrough: '2099-01-01',
          application: { email: 'vacatures@example.nl' },
        },
      },
      employer,
    );
    vacancyIds.push(res.data.postVacancy.id);
  }
  await t.settled();
  for (const id of vacancyIds) {
    const res = await t.gql(
      `query($id: ID!) { matchProfiles(vacancyId: $id, first: 50) { candidates {
         candidateId score hoursMin explanation { summary distanceBand travelBand components { value } } } } }`,
      { id },
      employer,
    );
    expect(res.errors).toBeUndefined();
    cardsByVacancy.set(id, res.data.matchProfiles.candidates);
  }
}, 120_000);
afterAll(() => t?.close());

/** The test knows the key; an employer does not. With it, each card is tied to its person. */
async function cardsOf(person: Profile): Promise<Card[]> {
  const idFor = candidateIds(await t.runtime.store.secrets.get('candidate-id'));
  return vacancyIds.map((v) => {
    const card = cardsByVacancy.get(v)!.find((c) => c.candidateId === idFor(v, person.id));
    expect(card, `${person.postcode} for ${v}`).toBeDefined();
    return card!;
  });
}

const municipalityOf = (pc4: string) => lookupPostcode(pc4)!.municipality;
const without = ({ candidateId: _id, ...rest }: Card) => rest;

describe('candidates as an employer sees them', () => {
  it('show the same card for every postcode of a municipality, for all four vacancies', async () => {
    for (const a of people)
      for (const b of people) {
        if (a === b || municipalityOf(a.postcode) !== municipalityOf(b.postcode)) continue;
        expect((await cardsOf(a)).map(without), `${a.postcode} vs ${b.postcode}`).toEqual(
          (await cardsOf(b)).map(without),
        );
      }
  });

  it('cannot be narrowed below their municipality by trilateration over the four postings', async () => {
    const vacancyPoints = posted.map((pc) => lookupPostcode(pc)!);
    const served = postcodeAreas.filter((a) => servedArea(a.pc4) === 'served');
    for (const person of people) {
      const seen = (await cardsOf(person)).map((c) => c.explanation.distanceBand);
      // Every place whose bands to the four postings match what the employer saw.
      const feasible = served.filter((area) => {
        const home = lookupPostcode(coarsePostcode(area.pc4))!;
        return vacancyPoints.every((v, i) => distanceBand(haversineKm(home.lat, home.lon, v.lat, v.lon)) === seen[i]);
      });
      const municipality = served.filter((a) => a.municipality === municipalityOf(person.postcode));
      expect(feasible.map((a) => a.pc4)).toEqual(expect.arrayContaining(municipality.map((a) => a.pc4)));
      expect(feasible.length, person.postcode).toBeGreaterThanOrEqual(municipality.length);
      expect(feasible.length, person.postcode).toBeGreaterThan(1);
    }
  });

  it('give distance and travel time only as bands, and ids that differ per vacancy and hide the profile', async () => {
    for (const person of people) {
      const cards = await cardsOf(person);
      expect(new Set(cards.map((c) => c.candidateId)).size).toBe(vacancyIds.length);
      for (const card of cards) {
        expect(card.candidateId).toMatch(/^kan_[A-Za-z0-9_-]{16}$/);
        expect(card.candidateId).not.toContain(person.id.slice(-8));
        expect(card.explanation.summary).not.toMatch(/\d+\s*(minuten|km)/);
      }
    }
    const exact = await t.gql(
      'query($id: ID!) { matchProfiles(vacancyId: $id) { candidates { explanation { distanceKm travelMinutes } } } }',
      { id: vacancyIds[0] },
      await t.signIn('werkgever@demo.werkbrug.nl'),
    );
    expect(exact.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
