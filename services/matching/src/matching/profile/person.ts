import type { Model } from '../model/model.ts';
import type { ResolvedProfile } from './resolve.ts';
import { skills as cfg } from '../weights.ts';

/**
 * A person as dense arrays over skill indices, built once per request: `weight` is how surely they
 * have a skill (explicit 1, implied by an occupation by years of experience), `credit` what a vacancy
 * requiring that skill gets from them — the weight itself, or partial credit through a related skill.
 * The scoring loop then needs one array read per required skill.
 */
export interface PersonVector {
  readonly weight: Float32Array;
  readonly credit: Float32Array;
  /** Best similarity of a held occupation to each occupation (taxonomy order); null without work history. */
  readonly transitionRow: Float32Array | null;
}

export function buildPerson(model: Model, person: ResolvedProfile, extraSkills: Iterable<number> = []): PersonVector {
  const size = model.catalog.skills.size;
  const weight = new Float32Array(size);
  for (const o of person.occupations) {
    for (const s of model.occupationEssentials[o.index]!) if (o.weight > weight[s]!) weight[s] = o.weight;
  }
  for (const uri of person.explicitSkills) weight[model.catalog.skills.intern(uri)] = 1;
  for (const s of extraSkills) weight[s] = 1;

  const credit = Float32Array.from(weight);
  const rel = model.relatedness;
  for (let s = 0; s < Math.min(size, rel.size); s++) {
    const w = weight[s]!;
    if (w === 0) continue;
    const row = rel.row(s);
    for (let k = 0; k < row.to.length; k++) {
      const c = cfg.relatedCredit * w * row.weight[k]!;
      const t = row.to[k]!;
      if (c > credit[t]!) credit[t] = c;
    }
  }

  let transitionRow: Float32Array | null = null;
  if (person.occupations.length > 0) {
    const n = model.transitions.size;
    transitionRow = new Float32Array(n);
    for (const o of person.occupations) {
      const row = model.transitions.row(o.index);
      for (let j = 0; j < n; j++) {
        const v = row[j]! * o.weight;
        if (v > transitionRow[j]!) transitionRow[j] = v;
      }
    }
  }
  return { weight, credit, transitionRow };
}
