import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Relatedness } from './relatedness.ts';
import { transition as cfg } from '../weights.ts';
import { routeStrength } from './sector-routes.ts';

/**
 * How close occupation A is to occupation B, for someone moving from A to B, in the spirit of Nesta's
 * Career Causeways: for every skill B needs (essential 1, optional 1/2), the best match among A's
 * skills — the same skill counts fully, a related one by its similarity — averaged over B's needs.
 * It is directional: a purser has most of what a cabin attendant needs, not the other way round.
 * A share comes from the ISCO-08 family (shared leading digits), which groups, for instance, cabin
 * crew with care and security workers (major group 5, service workers). Documented regional
 * retraining routes between sectors add a bonus (sector-routes.ts). Computed per held occupation on first use.
 */
export interface Transitions {
  readonly size: number;
  /**
   * Similarity from occupation `from` to every occupation (taxonomy order), 0..1, 1 on the diagonal.
   * With 3,007 occupations the full n x n table would cost seconds and 36 MB at start-up while a request
   * needs the rows of the few occupations a person held: rows are computed on first use and cached.
   */
  row(from: number): Float32Array;
}

function sharedDigits(a: string, b: string): number {
  let k = 0;
  while (k < 4 && a[k] === b[k]) k++;
  return k;
}

export function buildTransitions(taxonomy: Taxonomy, rel: Relatedness): Transitions {
  const occupations = taxonomy.occupations;
  const n = occupations.length;
  // Every occupation's skill profile as compressed rows (skills and weights of occupation o at
  // start[o] .. start[o + 1]): a row is then 3,007 short typed-array loops.
  let profiles: { start: Int32Array; skill: Int32Array; weight: Float32Array } | undefined;
  const rows = new Map<number, Float32Array>();
  const credit = new Float32Array(taxonomy.skills.length);

  const build = () => {
    const start = new Int32Array(n + 1);
    const lists = occupations.map((_o, i) => {
      const r = taxonomy.skillIndicesOf(i);
      const m = new Map<number, number>();
      for (const s of r.optional) m.set(s, cfg.optionalWeight);
      for (const s of r.essential) m.set(s, 1);
      return m;
    });
    lists.forEach((m, i) => {
      start[i + 1] = start[i]! + m.size;
    });
    const skill = new Int32Array(start[n]!);
    const weight = new Float32Array(start[n]!);
    lists.forEach((m, i) => {
      let k = start[i]!;
      for (const [s, w] of m) {
        skill[k] = s;
        weight[k++] = w;
      }
    });
    return { start, skill, weight };
  };

  const compute = (a: number): Float32Array => {
    profiles ??= build();
    const { start, skill, weight } = profiles;
    const sim = new Float32Array(n);
    credit.fill(0);
    for (let k = start[a]!; k < start[a + 1]!; k++) {
      const s = skill[k]!;
      const w = weight[k]!;
      if (w > credit[s]!) credit[s] = w;
      const related = rel.row(s);
      for (let r = 0; r < related.to.length; r++) {
        const c = w * related.weight[r]!;
        const t = related.to[r]!;
        if (c > credit[t]!) credit[t] = c;
      }
    }
    for (let b = 0; b < n; b++) {
      if (a === b) {
        sim[b] = 1;
        continue;
      }
      let num = 0;
      let den = 0;
      for (let k = start[b]!; k < start[b + 1]!; k++) {
        const w = weight[k]!;
        num += w * credit[skill[k]!]!;
        den += w;
      }
      const skillSim = den > 0 ? num / den : 0;
      const isco = cfg.iscoByDigits[sharedDigits(occupations[a]!.isco08, occupations[b]!.isco08)] ?? 0;
      const route = cfg.routeBonus * routeStrength(occupations[a]!, occupations[b]!.sector);
      sim[b] = Math.min(1, (1 - cfg.iscoShare) * skillSim + cfg.iscoShare * isco + route);
    }
    return sim;
  };

  return {
    size: n,
    row(from) {
      let r = rows.get(from);
      if (!r) {
        r = compute(from);
        rows.set(from, r);
      }
      return r;
    },
  };
}
