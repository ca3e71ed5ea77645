import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createCatalog } from './catalog.ts';
import { SlotLists } from './slot-lists.ts';
import { seeded } from '../../testkit/matching.ts';

const taxonomy = loadTaxonomy();
const { data } = seeded();

describe('catalog', () => {
  it('holds open vacancies and courses and finds them by id', () => {
    const catalog = createCatalog(taxonomy);
    catalog.upsertVacancies(data.vacancies);
    catalog.upsertCourses(data.courses);
    const open = data.vacancies.filter((v) => v.status === 'open');
    expect(catalog.size()).toEqual({ vacancies: open.length, courses: data.courses.length });
    // Held without its description (the API reads that from the store), everything else as given.
    expect(catalog.getVacancy(open[0]!.id)).toEqual({ ...open[0], description: '' });
    expect(catalog.getCourse(data.courses[3]!.id)).toBe(data.courses[3]);
    expect(catalog.getVacancy('vac_does-not-exist')).toBeUndefined();
  });

  it('treats closing a vacancy as removing it', () => {
    const catalog = createCatalog(taxonomy);
    const v = data.vacancies.find((x) => x.status === 'open')!;
    catalog.upsertVacancies([v]);
    catalog.upsertVacancies([{ ...v, status: 'closed', version: v.version + 1 }]);
    expect(catalog.getVacancy(v.id)).toBeUndefined();
    expect(catalog.size().vacancies).toBe(0);
  });

  it('updates in place and reuses the slots of removed records', () => {
    const catalog = createCatalog(taxonomy);
    const [a, b, c] = data.vacancies.filter((x) => x.status === 'open');
    catalog.upsertVacancies([a!, b!]);
    const slotB = catalog.vacancies.slotById.get(b!.id)!;
    catalog.removeVacancies([b!.id]);
    catalog.upsertVacancies([c!]);
    expect(catalog.vacancies.slotById.get(c!.id)).toBe(slotB);
    expect(catalog.vacancies.highWater).toBe(2);
    const changed = { ...a!, essentialSkills: c!.essentialSkills, hoursMax: 12, hoursMin: 8, version: 2 };
    catalog.upsertVacancies([changed]);
    const slotA = catalog.vacancies.slotById.get(a!.id)!;
    expect(catalog.vacancies.essential.get(slotA).map((k) => catalog.skills.uri(k))).toEqual([
      ...new Set(c!.essentialSkills),
    ]);
    expect(catalog.vacancies.hoursMax[slotA]).toBe(12);
  });

  it('keeps the skill -> course index in step with course updates', () => {
    const catalog = createCatalog(taxonomy);
    const course = data.courses[0]!;
    catalog.upsertCourses([course]);
    const first = catalog.skills.get(course.skillsTaught[0]!)!;
    expect(catalog.courses.bySkill[first]?.has(catalog.courses.slotById.get(course.id)!)).toBe(true);
    const other = data.courses.find((c) => !c.skillsTaught.includes(course.skillsTaught[0]!))!;
    catalog.upsertCourses([{ ...course, skillsTaught: other.skillsTaught }]);
    expect(catalog.courses.bySkill[first]?.size ?? 0).toBe(0);
    catalog.removeCourses([course.id]);
    expect(catalog.size().courses).toBe(0);
  });

  it('interns skill URIs the taxonomy does not know, so they still count as requirements', () => {
    const catalog = createCatalog(taxonomy);
    const v = data.vacancies.find((x) => x.status === 'open')!;
    const unknown = 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000';
    catalog.upsertVacancies([{ ...v, essentialSkills: [...v.essentialSkills, unknown] }]);
    expect(catalog.skills.get(unknown)).toBe(taxonomy.skills.length);
  });
});

describe('slot lists', () => {
  it('behave like a map of lists under any sequence of sets and clears (compaction included)', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('set' as const),
        slot: fc.nat(30),
        values: fc.array(fc.nat(5000), { maxLength: 40 }),
      }),
      fc.record({ kind: fc.constant('clear' as const), slot: fc.nat(30) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const lists = new SlotLists();
        lists.ensureSlots(31);
        const model = new Map<number, number[]>();
        for (const o of ops) {
          if (o.kind === 'set') {
            lists.set(o.slot, o.values);
            model.set(o.slot, o.values);
          } else {
            lists.clear(o.slot);
            model.delete(o.slot);
          }
        }
        for (let slot = 0; slot <= 30; slot++) expect(lists.get(slot)).toEqual(model.get(slot) ?? []);
      }),
    );
  });
});
