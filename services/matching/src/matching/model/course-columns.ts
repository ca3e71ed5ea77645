import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { qualifyingKinds, type Course } from '@werkbrug/shared/schemas/course';
import type { SkillIndex } from './skill-index.ts';
import { SlotLists } from './slot-lists.ts';
import { dayNumber } from './days.ts';

/** Per-course facts the route planner tests for every candidate, as bits. */
export const courseFlags = {
  /** Learning on a job you must find yourself (BBL at a school): only with a learn-work job in view. */
  needsLearnWorkJob: 1,
  /** An employer hires you for it (learn-work route, company school): the employer is in the route. */
  withEmployer: 2,
  jobGuarantee: 4,
  /** Ends with a diploma at the course's level. */
  qualifying: 8,
  /** Advice and orientation courses help choose, but close no gap: never a step of a plan. */
  notAStep: 16,
  /** Trains for its own occupations (a diploma, a learn-work route, a bootcamp): no step towards another one. */
  forItsOccupations: 32,
} as const;

/** Kinds that train for an occupation; short certificates, trade courses and language courses serve many. */
const occupationKinds = new Set([
  'mbo-bol',
  'mbo-bbl',
  'praktijkverklaring',
  'zij-instroom',
  'associate-degree',
  'hbo-deeltijd',
  'bedrijfsopleiding',
  'leerwerktraject',
  'bootcamp',
  'evc',
]);

/**
 * Open courses as columns plus inverted indexes skill -> courses and certificate -> courses, because
 * routes start from the handful of skills and certificates someone misses and need only the courses
 * that give one of them.
 */
export class CourseColumns {
  ids: (string | undefined)[] = [];
  docs: (Course | undefined)[] = [];
  /** Start dates as sorted day numbers. */
  starts: (Int32Array | undefined)[] = [];
  alive = new Uint8Array(0);
  level = new Uint8Array(0);
  weeks = new Uint16Array(0);
  price = new Float64Array(0);
  flags = new Uint8Array(0);
  /** The last start date as a day number: a course can be planned if this is today or later. */
  lastStart = new Int32Array(0);
  /**
   * The same course offered at several places or times (same provider, same title) shares a group: a route
   * takes one offering of a course, and weighing the others again is wasted work.
   */
  group = new Int32Array(0);
  private readonly groups = new Map<string, number>();
  /** The offerings of each group, in id order. */
  readonly groupSlots: number[][] = [];
  /** Groups teaching each skill (by skill index), and giving each certificate, with how many offerings do. */
  readonly skillGroups: Map<number, number>[] = [];
  readonly certificateGroups = new Map<string, Map<number, number>>();
  readonly skills = new SlotLists();
  readonly occupations = new SlotLists();
  /** Courses teaching each skill (by skill index). */
  readonly bySkill: Set<number>[] = [];
  /** Courses giving each certificate (by key). */
  readonly byCertificate = new Map<string, Set<number>>();
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

  get groupCount(): number {
    return this.groups.size;
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
    const starts = Int32Array.from(c.startDates.map(dayNumber)).sort();
    this.ids[slot] = c.id;
    this.docs[slot] = c;
    this.starts[slot] = starts;
    this.alive[slot] = 1;
    this.level[slot] = c.nlqfLevel;
    this.weeks[slot] = c.durationWeeks;
    this.price[slot] = c.price;
    this.flags[slot] = flagsOf(c);
    this.lastStart[slot] = starts.length === 0 ? -1 : starts[starts.length - 1]!;
    const key = `${c.providerId}|${c.title}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = this.groups.size;
      this.groups.set(key, group);
      this.groupSlots[group] = [];
    }
    this.group[slot] = group;
    const offerings = this.groupSlots[group]!;
    let at = offerings.length;
    while (at > 0 && this.ids[offerings[at - 1]!]! > c.id) at--;
    offerings.splice(at, 0, slot);
    this.skills.set(slot, taught);
    this.occupations.set(
      slot,
      c.targetOccupations.map((u) => this.occupationIndex.get(u)).filter((i): i is number => i !== undefined),
    );
    for (const s of taught) {
      const courses = this.bySkill[s] ?? new Set<number>();
      courses.add(slot);
      this.bySkill[s] = courses;
      const groups = this.skillGroups[s] ?? new Map<number, number>();
      groups.set(group, (groups.get(group) ?? 0) + 1);
      this.skillGroups[s] = groups;
    }
    for (const key of c.givesCertificates) {
      const courses = this.byCertificate.get(key) ?? new Set<number>();
      courses.add(slot);
      this.byCertificate.set(key, courses);
      const groups = this.certificateGroups.get(key) ?? new Map<number, number>();
      groups.set(group, (groups.get(group) ?? 0) + 1);
      this.certificateGroups.set(key, groups);
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
    this.starts[slot] = undefined;
    this.skills.clear(slot);
    this.occupations.clear(slot);
    this.free.push(slot);
  }

  private unindex(slot: number): void {
    const group = this.group[slot]!;
    const drop = (groups: Map<number, number> | undefined) => {
      const n = groups?.get(group) ?? 0;
      if (n <= 1) groups?.delete(group);
      else groups?.set(group, n - 1);
    };
    for (const s of this.skills.get(slot)) {
      this.bySkill[s]?.delete(slot);
      drop(this.skillGroups[s]);
    }
    for (const key of this.docs[slot]?.givesCertificates ?? []) {
      this.byCertificate.get(key)?.delete(slot);
      drop(this.certificateGroups.get(key));
    }
    const offerings = this.groupSlots[group];
    const at = offerings?.indexOf(slot) ?? -1;
    if (at >= 0) offerings!.splice(at, 1);
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
    this.flags = grow(this.flags, (k) => new Uint8Array(k));
    this.lastStart = grow(this.lastStart, (k) => new Int32Array(k));
    this.group = grow(this.group, (k) => new Int32Array(k));
  }
}

function flagsOf(c: Course): number {
  let f = 0;
  if (c.mode === 'bbl' && c.employerName === null) f |= courseFlags.needsLearnWorkJob;
  if (c.employerName !== null) f |= courseFlags.withEmployer;
  if (c.jobGuarantee) f |= courseFlags.jobGuarantee;
  if (qualifyingKinds.includes(c.kind)) f |= courseFlags.qualifying;
  if (c.kind === 'ontwikkeladvies' || c.kind === 'orientatie') f |= courseFlags.notAStep;
  if (occupationKinds.has(c.kind)) f |= courseFlags.forItsOccupations;
  return f;
}
