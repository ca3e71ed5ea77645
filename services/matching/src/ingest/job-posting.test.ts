import { describe, expect, it } from 'vitest';
import { generateDataset } from '@werkbrug/seed';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { vacancyInputSchema } from '@werkbrug/shared/schemas/vacancy';
import { toJobPosting } from './job-posting-export.ts';
import { fromJobPosting, jobPostingsIn, type JobPostingContext } from './job-posting-import.ts';

const taxonomy = loadTaxonomy();
const data = generateDataset({ vacancies: 800, courses: 10, profiles: 40 });
const open = data.vacancies.filter((v) => v.status === 'open');
const publicUrl = 'https://werkbrug.example.nl';
const employmentTypes = new Set([
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
]);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const home = taxonomy.occupations.find((o) => o.labelNl === 'thuiszorgmedewerker');
const context: JobPostingContext = {
  system: 'test',
  taxonomy,
  readOccupation: (t) => (/thuiszorg/i.test(t) ? (home?.uri ?? null) : null),
  readSkill: (t) => taxonomy.skills.find((s) => s.labelNl === t.toLowerCase())?.uri ?? null,
};

describe('JobPosting JSON-LD of a vacancy', () => {
  it('has every field job-posting consumers require, for every open vacancy', () => {
    for (const v of open) {
      const p = JSON.parse(JSON.stringify(toJobPosting(v, taxonomy, publicUrl))) as Record<string, any>;
      expect(p['@context']).toContain('https://schema.org/');
      expect(p['@type']).toBe('JobPosting');
      expect(p.title).toBe(v.title);
      expect(p.description.length).toBeGreaterThanOrEqual(20);
      expect(p.datePosted).toMatch(isoDate);
      expect(p.validThrough).toMatch(isoDate);
      expect(p.validThrough >= p.datePosted).toBe(true);
      expect(p.hiringOrganization).toMatchObject({ '@type': 'Organization', name: v.employerName });
      expect(p.jobLocation['@type']).toBe('Place');
      expect(p.jobLocation.address).toMatchObject({
        '@type': 'PostalAddress',
        postalCode: v.location.postcode,
        addressLocality: v.location.place,
        addressCountry: 'NL',
      });
      expect(p.employmentType.length).toBeGreaterThan(0);
      for (const t of p.employmentType) expect(employmentTypes.has(t)).toBe(true);
      expect(p.identifier.value).toBe(v.id);
      if (v.salary) {
        expect(p.baseSalary).toMatchObject({ '@type': 'MonetaryAmount', currency: 'EUR' });
        expect(p.baseSalary.value.minValue).toBeLessThanOrEqual(p.baseSalary.value.maxValue);
        expect(['MONTH', 'HOUR']).toContain(p.baseSalary.value.unitText);
      } else expect(p.baseSalary).toBeUndefined();
      const contact = p.applicationContact;
      expect(contact.email ?? contact.telephone ?? contact.url).toBeTruthy();
    }
  });

  it('reads back into the same vacancy input (our own feed imports without loss)', () => {
    for (const v of open.slice(0, 200)) {
      const mapped = fromJobPosting(JSON.parse(JSON.stringify(toJobPosting(v, taxonomy, publicUrl))), context);
      expect(mapped.ok).toBe(true);
      if (!mapped.ok) continue;
      const input = vacancyInputSchema.parse(mapped.record.input);
      expect(mapped.record).toMatchObject({ employerName: v.employerName, postedAt: v.postedAt, source: { id: v.id } });
      expect(input).toMatchObject({
        title: v.title,
        description: v.description,
        occupationUri: v.occupationUri,
        postcode: v.location.postcode,
        essentialSkills: v.essentialSkills,
        optionalSkills: v.optionalSkills,
        nlqfLevel: v.nlqfLevel,
        hoursMin: v.hoursMin,
        hoursMax: v.hoursMax,
        contractType: v.contractType,
        garantiebaan: v.garantiebaan,
        salary: v.salary,
        application: v.application,
        validThrough: v.validThrough,
      });
    }
  });
});

describe('JobPosting from another job board', () => {
  const board = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'JobPosting',
        identifier: 'VB-1001',
        title: 'Medewerker thuiszorg',
        description: '<p>Je helpt mensen <b>thuis</b> met verzorging &amp; begeleiding.</p><ul><li>32 uur</li></ul>',
        datePosted: '2026-11-20T09:00:00+01:00',
        validThrough: '2099-01-31T23:59',
        employmentType: 'PART_TIME',
        hiringOrganization: { '@type': 'Organization', name: 'Thuiszorg Spaarne' },
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: '2021 AB' } },
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: { '@type': 'QuantitativeValue', minValue: 30000, maxValue: 36000, unitText: 'YEAR' },
        },
        applicationContact: { '@type': 'ContactPoint', email: 'mailto:werken@spaarne.example.nl' },
      },
    ],
  };

  it('reads a plain schema.org posting: occupation from the title, skills of the occupation, hours from the type', () => {
    const [raw] = jobPostingsIn(board);
    const mapped = fromJobPosting(raw, context);
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    const input = vacancyInputSchema.parse(mapped.record.input);
    expect(input.occupationUri).toBe(home!.uri);
    expect(input.essentialSkills).toEqual(taxonomy.skillsOf(home!.uri).essential);
    expect(input.description).toBe('Je helpt mensen thuis met verzorging & begeleiding.\n32 uur');
    expect([input.hoursMin, input.hoursMax]).toEqual([16, 32]);
    expect(input.contractType).toBe('vast');
    expect(input.salary).toMatchObject({ min: 2500, max: 3000, period: 'maand' });
    expect(input.application.email).toBe('werken@spaarne.example.nl');
    expect(mapped.record.postedAt).toBe('2026-11-20');
  });

  it('reports what it cannot read, field by field, in Dutch', () => {
    const mapped = fromJobPosting({ '@type': 'JobPosting', url: 'https://bord.example.nl/1' }, context);
    expect(mapped.ok).toBe(false);
    if (mapped.ok) return;
    expect(mapped.sourceId).toBe('https://bord.example.nl/1');
    expect(mapped.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        'hiringOrganization.name',
        'datePosted',
        'title',
        'description',
        'occupationalCategory',
        'workHours',
      ]),
    );
  });
});
