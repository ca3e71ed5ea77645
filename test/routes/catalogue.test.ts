import { describe, expect, it } from 'vitest';
import { generateDataset } from '@werkbrug/seed';
import { catalogue } from '@werkbrug/seed/courses';
import { courseSchema } from '@werkbrug/shared/schemas/course';
import { applicationSchema } from '@werkbrug/shared/schemas/contact';
import { durationRange, courseKindInfo } from '@werkbrug/shared/courses/course-kinds';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { regionalOccupations } from '@werkbrug/shared/taxonomy/lexicon';

/**
 * The course catalogue as the seed offers it: realistic courses from the curated catalogue, never courses made up
 * from skill labels, each with a way to sign up and a duration inside its kind's documented range.
 */
const data = generateDataset({ vacancies: 400, courses: 1200, profiles: 20 });
const taxonomy = loadTaxonomy();
const titles = new Set(catalogue.map((c) => c.title));

describe('the seeded course catalogue', () => {
  it('holds valid courses with unique ids, every one from the curated catalogue', () => {
    expect(new Set(data.courses.map((c) => c.id)).size).toBe(data.courses.length);
    for (const c of data.courses) {
      expect(courseSchema.safeParse(c).success, c.id).toBe(true);
      expect(titles.has(c.title), c.title).toBe(true);
      expect(c.demo).toBe(true);
    }
  });

  it('builds no course title from ESCO skill labels', () => {
    // Dutch and English labels: since the whole ESCO, many skills have only an English one.
    const skillLabels = new Set(
      taxonomy.skills.flatMap((s) => [s.labelNl, s.labelEn]).flatMap((l) => (l ? [l.toLowerCase()] : [])),
    );
    for (const c of data.courses) {
      expect(c.title).not.toMatch(/ en meer \(/);
      expect(skillLabels.has(c.title.toLowerCase()), c.title).toBe(false);
      const before = c.title.toLowerCase().split(' en meer')[0]!;
      expect(skillLabels.has(before) && c.title.toLowerCase().includes(' en meer'), c.title).toBe(false);
    }
  });

  it('gives every course a way to sign up and at least one start to come', () => {
    for (const c of data.courses) {
      expect(c.signUp.url !== null || c.signUp.email !== null || c.signUp.phone !== null, c.id).toBe(true);
      expect(
        c.startDates.some((d) => d >= data.referenceDate),
        c.id,
      ).toBe(true);
    }
  });

  it('keeps every duration inside the documented range of its kind (and of its level for MBO)', () => {
    for (const c of data.courses) {
      const { min, max } = durationRange(c.kind, c.nlqfLevel);
      expect(c.durationWeeks, `${c.title} (${c.kind})`).toBeGreaterThanOrEqual(min);
      expect(c.durationWeeks, `${c.title} (${c.kind})`).toBeLessThanOrEqual(max);
    }
    // Every kind is documented, and every kind appears in the catalogue.
    expect(new Set(courseKindInfo.map((k) => k.kind))).toEqual(new Set(data.courses.map((c) => c.kind)));
  });

  it('leads every course to occupations of the region (which the seeded vacancies are of)', () => {
    const regional = new Set(regionalOccupations.map((r) => r.uri));
    for (const c of data.courses) {
      expect(c.targetOccupations.length, c.id).toBeGreaterThan(0);
      for (const uri of c.targetOccupations) expect(regional.has(uri), `${c.id}: ${uri}`).toBe(true);
    }
  });

  it('scales by offering the same courses at more places, never by inventing courses', () => {
    const big = generateDataset({ vacancies: 10, courses: 5000, profiles: 10 });
    expect(big.courses.length).toBe(5000);
    expect(new Set(big.courses.map((c) => c.title))).toEqual(titles);
  });
});

describe('the seeded vacancies', () => {
  it('give every open vacancy a valid way to apply', () => {
    const open = data.vacancies.filter((v) => v.status === 'open');
    expect(open.length).toBeGreaterThan(300);
    for (const v of open) {
      const apply = applicationSchema.safeParse(v.application);
      expect(apply.success, v.id).toBe(true);
    }
  });
});
