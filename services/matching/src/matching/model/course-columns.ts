import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Course, FundingScheme } from '@werkbrug/shared/schemas/course';
import { fundingSchemes } from '@werkbrug/shared/schemas/course';
import type { SkillIndex } from './skill-index.ts';
import { SlotLists } from './slot-lists.ts';
import { dayNumber } from './days.ts';

export function fundingBit(scheme: FundingScheme): number {
  return 1 << fundingSchemes.indexOf(scheme);
}

export function fundingMask(schemes: readonly FundingScheme[]): number {
  let m = 0;
  for (const s of schemes) m |= fundingBit(s);
  return m;
}

/**
 * Open courses as columns plus an inverted index skill -> courses, because bridges start from the
 * handful of skills someone misses and need only the courses that teach one of them.
 */
export class CourseColumns {
  ids: (string | undefined)[] = [];
  docs: (Course | undefined)[] = [];
  alive = new Uint8Array(0);
  level = new Uint8Array(0);
  weeks = new Uint16Array(0);
  price = new Float64Array(0);
  funding = new Uint8Array(0);
  /** 1 for BBL courses: learning on the job, so only with an employer who offers that job. */
  bbl = new Uint8Array(0);
  /** The last start date as a day number: a course can be planned if this is today or later. */
  lastStart = new Int32Array(0);
  readonly skills = new SlotLists();
  readonly occupations = new SlotLists();
  /** Courses teaching each skill (by skill index). */
  readonly bySkill: Set<number>[] = [];
  highWater = 0;
  readonly slotById = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly occupationIndex: ReadonlyMap<string, number>;

  constructor(
    taxonomy: Taxonomy,
    private readonly skillIndex: SkillIndex,
  ) {
    this.occupationIndex = new Map(taxonomy.occupations.map((o, i) => [o.uri, i]));
  }

  get count(): number {
    return this.slotById.size;
  }

  upsert(c: Course): void {
    if (c.status !== 'open') {
      this.remove(c.id);
      return;
    }
    let slot = this.slotById.get(c.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.highWater++;
      this.ensure(slot + 1);
      this.slotById.set(c.id, slot);
    } else {
      this.unindex(slot);
    }
    const taught = [...new Set(c.skillsTaught.map((u) => this.skillIndex.intern(u)))];
    this.ids[slot] = c.id;
    this.docs[slot] = c;
    this.alive[slot] = 1;
    this.level[slot] = c.nlqfLevel;
    this.weeks[slot] = c.durationWeeks;
    this.price[slot] = c.price;
    this.funding[slot] = fundingMask(c.funding);
    this.bbl[slot] = c.mode === 'bbl' ? 1 : 0;
    this.lastStart[slot] = c.startDates.length === 0 ? -1 : Math.max(...c.startDates.map(dayNumber));
    this.skills.set(slot, taught);
    this.occupations.set(
      slot,
      c.targetOccupations.map((u) => this.occupationIndex.get(u)).filter((i): i is number => i !== undefined),
    );
    for (const s of taught) {
      const courses = this.bySkill[s] ?? new Set<number>();
      courses.add(slot);
      this.bySkill[s] = courses;
    }
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.unindex(slot);
    this.slotById.delete(id);
    this.alive[slot] = 0;
    this.ids[slot] = undefined;
    this.docs[slot] = undefined;
    this.skills.clear(slot);
    this.occupations.clear(slot);
    this.free.push(slot);
  }

  private unindex(slot: number): void {
    for (const s of this.skills.get(slot)) this.bySkill[s]?.delete(slot);
  }

  private ensure(capacity: number): void {
    this.skills.ensureSlots(capacity);
    this.occupations.ensureSlots(capacity);
    if (capacity <= this.alive.length) return;
    const n = Math.max(capacity, this.alive.length * 2, 64);
    const grow = <T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.alive = grow(this.alive, (k) => new Uint8Array(k));
    this.level = grow(this.level, (k) => new Uint8Array(k));
    this.weeks = grow(this.weeks, (k) => new Uint16Array(k));
    this.price = grow(this.price, (k) => new Float64Array(k));
    this.funding = grow(this.funding, (k) => new Uint8Array(k));
    this.bbl = grow(this.bbl, (k) => new Uint8Array(k));
    this.lastStart = grow(this.lastStart, (k) => new Int32Array(k));
  }
}
