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
  let profiles: Map<number, number>[] | undefined;
  const rows = new Map<number, Float32Array>();
  const credit = new Float32Array(taxonomy.skills.length);

  const compute = (a: number): Float32Array => {
    profiles ??= occupations.map((_o, i) => {
      const r = taxonomy.skillIndicesOf(i);
      const m = new Map<number, number>();
      for (const s of r.optional) m.set(s, cfg.optionalWeight);
      for (const s of r.essential) m.set(s, 1);
      return m;
    });
    const sim = new Float32Array(n);
    credit.fill(0);
    for (const [s, w] of profiles[a]!) {
      if (w > credit[s]!) credit[s] = w;
      const related = rel.row(s);
      for (let k = 0; k < related.to.length; k++) {
        const c = w * related.weight[k]!;
        const t = related.to[k]!;
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
      for (const [s, w] of profiles[b]!) {
        num += w * credit[s]!;
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
