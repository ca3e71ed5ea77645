import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Relatedness } from './relatedness.ts';
import { transition as cfg } from '../weights.ts';
import { routeStrengthTo, routesFrom } from './sector-routes.ts';

/**
 * How close occupation A is to occupation B, for someone moving from A to B, in the spirit of Nesta's
 * Career Causeways: for every skill B needs (essential 1, optional 1/2), the best match among A's
 * skills — the same skill counts fully, a related one by its similarity — averaged over B's needs.
 * It is directional: a purser has most of what a cabin attendant needs, not the other way round.
 * The ISCO-08 family (shared leading digits) and documented regional moves (sector-routes.ts) are
 * further hints; the three combine as independent ones (weights.ts `transition`).
 *
 * Rows are computed when first asked for, one per held occupation, and the most recent
 * `transition.cachedRows` are kept: a full matrix over ESCO's 3,007 occupations would be 36 MB and
 * take seconds to build, while a person holds one to three occupations and a row takes about a
 * millisecond (scripts/bench/bench-matching.ts prints both).
 */
export interface Transitions {
  readonly size: number;
  /** Similarity from occupation `from` to every occupation (taxonomy order), 0..1; 1 at `from`. */
  row(from: number): Float32Array;
}

function sharedDigits(a: string, b: string): number {
  let k = 0;
  while (k < 4 && a[k] === b[k]) k++;
  return k;
}

export function createTransitions(taxonomy: Taxonomy, rel: Relatedness): Transitions {
  const occupations = taxonomy.occupations;
  const n = occupations.length;
  // Each occupation's skill profile as flat arrays (CSR): skills and their weights.
  const start = new Int32Array(n + 1);
  const skills: number[] = [];
  const weights: number[] = [];
  const totals = new Float32Array(n);
  occupations.forEach((_o, i) => {
    const r = taxonomy.skillIndicesOf(i);
    const m = new Map<number, number>();
    for (const s of r.optional) m.set(s, cfg.optionalWeight);
    for (const s of r.essential) m.set(s, 1);
    for (const [s, w] of [...m].sort((a, b) => a[0] - b[0])) {
      skills.push(s);
      weights.push(w);
      totals[i]! += w;
    }
    start[i + 1] = skills.length;
  });
  const skillOf = Int32Array.from(skills);
  const weightOf = Float32Array.from(weights);
  const credit = new Float32Array(taxonomy.skills.length);
  const cache = new Map<number, Float32Array>();

  const compute = (a: number): Float32Array => {
    credit.fill(0);
    for (let k = start[a]!; k < start[a + 1]!; k++) {
      const s = skillOf[k]!;
      const w = weightOf[k]!;
      if (w > credit[s]!) credit[s] = w;
      const related = rel.row(s);
      for (let r = 0; r < related.to.length; r++) {
        const c = w * related.weight[r]!;
        const t = related.to[r]!;
        if (c > credit[t]!) credit[t] = c;
      }
    }
    const from = occupations[a]!;
    const routes = routesFrom(from);
    const row = new Float32Array(n);
    for (let b = 0; b < n; b++) {
      if (a === b) {
        row[b] = 1;
        continue;
      }
      let num = 0;
      for (let k = start[b]!; k < start[b + 1]!; k++) num += weightOf[k]! * credit[skillOf[k]!]!;
      const skillSim = totals[b]! > 0 ? num / totals[b]! : 0;
      const to = occupations[b]!;
      const digits = sharedDigits(from.isco08, to.isco08);
      // Elementary occupations (ISCO major group 9) need no trade: one is experience for another.
      const elementary = digits >= 1 && from.isco08[0] === '9' ? cfg.elementaryIsco : 0;
      const isco = Math.max(cfg.iscoByDigits[digits] ?? 0, elementary);
      const route = routes.length > 0 ? cfg.routeBonus * routeStrengthTo(routes, to) : 0;
      row[b] = 1 - (1 - Math.min(1, skillSim)) * (1 - cfg.iscoWeight * isco) * (1 - Math.min(1, route));
    }
    return row;
  };

  return {
    size: n,
    row(a) {
      let row = cache.get(a);
      if (row) {
        // Most recently used last: Map keeps insertion order, so the first key is the oldest.
        cache.delete(a);
        cache.set(a, row);
        return row;
      }
      row = compute(a);
      cache.set(a, row);
      if (cache.size > cfg.cachedRows) cache.delete(cache.keys().next().value!);
      return row;
    },
  };
}
