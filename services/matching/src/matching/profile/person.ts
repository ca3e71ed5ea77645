import type { Model } from '../model/model.ts';
import type { ResolvedProfile } from './resolve.ts';
import { evidence as cfg } from '../weights.ts';

/**
 * A person as dense arrays over skill indices, built once per request: `weight` is how surely they
 * have a skill (named 1, implied by an occupation by years of experience), `credit` what a vacancy
 * requiring that skill gets from them — the weight itself, or partial credit through a related skill.
 * The scoring loop then needs one array read per required skill.
 */
export interface PersonVector {
  readonly weight: Float32Array;
  readonly credit: Float32Array;
  /**
   * Experience per occupation (taxonomy order): the best over held occupations of their similarity
   * to it x how much their years count; null without work history.
   */
  readonly experienceRow: Float32Array | null;
  /** Which held occupation gives experienceRow its value (index into ResolvedProfile.occupations). */
  readonly experienceFrom: Int8Array | null;
}

/** How much years in an occupation count, 0.45 (none) .. 1 (10 years or more): see weights.ts `evidence`. */
export function yearsFactor(years: number): number {
  const y = Math.max(0, years);
  return Math.min(1, cfg.yearsBase + ((1 - cfg.yearsBase) * Math.log1p(y)) / Math.log1p(cfg.yearsToFull));
}

function addCredit(model: Model, credit: Float32Array, skill: number, w: number): void {
  if (w > credit[skill]!) credit[skill] = w;
  const rel = model.relatedness;
  if (skill >= rel.size) return;
  const row = rel.row(skill);
  for (let k = 0; k < row.to.length; k++) {
    const c = cfg.relatedCredit * w * row.weight[k]!;
    const t = row.to[k]!;
    if (c > credit[t]!) credit[t] = c;
  }
}

export function buildPerson(model: Model, person: ResolvedProfile): PersonVector {
  const size = model.catalog.skills.size;
  const weight = new Float32Array(size);
  for (const o of person.occupations) {
    const w = yearsFactor(o.years);
    for (const s of model.occupationEssentials[o.index]!) if (w > weight[s]!) weight[s] = w;
  }
  for (const uri of person.explicitSkills) weight[model.catalog.skills.intern(uri)] = 1;
  const credit = Float32Array.from(weight);
  for (let s = 0; s < size; s++) if (weight[s]! > 0) addCredit(model, credit, s, weight[s]!);

  let experienceRow: Float32Array | null = null;
  let experienceFrom: Int8Array | null = null;
  if (person.occupations.length > 0) {
    const n = model.transitions.size;
    experienceRow = new Float32Array(n);
    experienceFrom = new Int8Array(n).fill(-1);
    person.occupations.forEach((o, i) => {
      const row = model.transitions.row(o.index);
      const f = yearsFactor(o.years);
      for (let j = 0; j < n; j++) {
        const v = row[j]! * f;
        if (v > experienceRow![j]!) {
          experienceRow![j] = v;
          experienceFrom![j] = i;
        }
      }
    });
  }
  return { weight, credit, experienceRow, experienceFrom };
}

/**
 * Credit a person would gain from more skills at full weight (what a course plan teaches): the skill
 * itself 1, a related skill its partial credit. Written into `into` (zeros outside the returned
 * indices, which the caller resets after use): evaluators take the maximum with the person's own.
 */
export function extraCredit(model: Model, skills: Iterable<number>, into: Float32Array): number[] {
  const touched: number[] = [];
  const rel = model.relatedness;
  const set = (k: number, c: number) => {
    if (c <= into[k]!) return;
    if (into[k] === 0) touched.push(k);
    into[k] = c;
  };
  const taught = cfg.taughtCredit;
  for (const s of skills) {
    set(s, taught);
    if (s >= rel.size) continue;
    const row = rel.row(s);
    for (let k = 0; k < row.to.length; k++) set(row.to[k]!, taught * cfg.relatedCredit * row.weight[k]!);
  }
  return touched;
}

const scratch: Float32Array[] = [];

/**
 * Runs `use` with the extra credit of these skills (see extraCredit), in a zeroed array borrowed from
 * a small pool and returned zeroed, so bridges and course routes allocate nothing per vacancy.
 */
export function withExtraCredit<T>(model: Model, skills: Iterable<number>, use: (extra: Float32Array) => T): T {
  const size = model.catalog.skills.size;
  let into = scratch.pop();
  if (!into || into.length < size) into = new Float32Array(Math.max(size, 1024));
  const touched = extraCredit(model, skills, into);
  try {
    return use(into);
  } finally {
    for (const k of touched) into[k] = 0;
    scratch.push(into);
  }
}
