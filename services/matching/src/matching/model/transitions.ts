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
 * retraining routes between sectors add a bonus (sector-routes.ts). Precomputed, n x n.
 */
export interface Transitions {
  readonly size: number;
  /** sim[from * size + to], 0..1; 1 on the diagonal. */
  readonly sim: Float32Array;
}

function sharedDigits(a: string, b: string): number {
  let k = 0;
  while (k < 4 && a[k] === b[k]) k++;
  return k;
}

export function buildTransitions(taxonomy: Taxonomy, rel: Relatedness): Transitions {
  const occupations = taxonomy.occupations;
  const n = occupations.length;
  const skillIndex = new Map(taxonomy.skills.map((s, i) => [s.uri, i]));
  const profiles = occupations.map((o) => {
    const r = taxonomy.skillsOf(o.uri);
    const m = new Map<number, number>();
    for (const u of r.optional) {
      const i = skillIndex.get(u);
      if (i !== undefined) m.set(i, cfg.optionalWeight);
    }
    for (const u of r.essential) {
      const i = skillIndex.get(u);
      if (i !== undefined) m.set(i, 1);
    }
    return m;
  });
  const sim = new Float32Array(n * n);
  const credit = new Float32Array(taxonomy.skills.length);
  for (let a = 0; a < n; a++) {
    credit.fill(0);
    for (const [s, w] of profiles[a]!) {
      if (w > credit[s]!) credit[s] = w;
      for (let k = rel.start[s]!; k < rel.start[s + 1]!; k++) {
        const c = w * rel.weight[k]!;
        const t = rel.to[k]!;
        if (c > credit[t]!) credit[t] = c;
      }
    }
    for (let b = 0; b < n; b++) {
      if (a === b) {
        sim[a * n + b] = 1;
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
      sim[a * n + b] = Math.min(1, (1 - cfg.iscoShare) * skillSim + cfg.iscoShare * isco + route);
    }
  }
  return { size: n, sim };
}
