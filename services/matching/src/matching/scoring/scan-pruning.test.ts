import { describe, expect, it } from 'vitest';
import { seeded } from '../../testkit/matching.ts';
import { createModel } from '../model/model.ts';
import { dayNumber } from '../model/days.ts';
import { buildPerson } from '../profile/person.ts';
import { resolveProfile } from '../profile/resolve.ts';
import { readSituation } from '../profile/situation.ts';
import { inReach, inReachFromScan } from '../routes/in-reach.ts';
import { compileFilter } from './hard-filters.ts';
import { scanVacancies } from './score.ts';
import { createScoreState } from './score-state.ts';

/**
 * The scan skips the modulators of vacancies whose bound cannot enter the list, and routes take the
 * vacancies in reach from it. Both must give what scoring every admitted vacancy and a second pass give:
 * compared here over seeded profiles (a larger catalog than the default, so occupations fill their lists),
 * with and without request filters, for short and long lists.
 */
const { taxonomy, data, catalog, lookup } = seeded({ vacancies: 6000, courses: 200, profiles: 80, seed: 'scan-prune' });
const model = createModel(taxonomy, catalog, lookup);
const today = dayNumber(data.referenceDate);
const stateOf = (i: number) => {
  const p = data.profiles[i]!;
  const r = resolveProfile(p, taxonomy, lookup);
  return createScoreState(model, r, buildPerson(model, r), readSituation(model, p, r), { today });
};
const filters = [
  compileFilter(undefined, false, model),
  compileFilter({ sectors: ['healthcare', 'technical_energy', 'logistics'] }, false, model),
  compileFilter({ maxKm: 4, minHours: 20 }, false, model),
];

describe('the pruned scan', () => {
  it('returns what scoring every admitted vacancy returns', () => {
    let scored = 0;
    for (let i = 0; i < data.profiles.length; i += 2) {
      for (const f of filters) {
        for (const first of [1, 20, 60]) {
          const s = stateOf(i);
          if (!s) continue;
          const plain = scanVacancies(s, f, first, true);
          const copy = {
            pool: plain.pool.map((p) => [p.slot, p.score]),
            slots: Array.from(plain.slots.subarray(0, plain.admitted)),
            evidence: Array.from(plain.evidence.subarray(0, plain.admitted)),
            scores: Array.from({ length: plain.admitted }, (_, k) => plain.scoreAt(k)),
            counts: [plain.total, [...plain.inReach], [...plain.fitting], [...plain.levelSum]],
          };
          // The scan's buffers are shared: the fast scan overwrites the plain one's, so compare with the copy.
          const fast = scanVacancies(s, f, first);
          expect(fast.pool.map((p) => [p.slot, p.score])).toEqual(copy.pool);
          expect(Array.from(fast.slots.subarray(0, fast.admitted))).toEqual(copy.slots);
          expect(Array.from(fast.evidence.subarray(0, fast.admitted))).toEqual(copy.evidence);
          expect([fast.total, [...fast.inReach], [...fast.fitting], [...fast.levelSum]]).toEqual(copy.counts);
          // Asked out of the scan's order, a skipped score comes out as the plain scan computed it.
          const order = Array.from({ length: fast.admitted }, (_, k) => (k * 7919) % fast.admitted);
          const asked = new Map(order.map((position) => [position, fast.scoreAt(position)]));
          expect(order.map((position) => asked.get(position))).toEqual(order.map((position) => copy.scores[position]));
          scored += copy.scores.filter((x) => x > 0).length;
        }
      }
    }
    expect(scored).toBeGreaterThan(1000);
  });

  it('gives routes the same vacancies in reach as a pass of their own', () => {
    for (let i = 0; i < data.profiles.length; i++) {
      const a = stateOf(i);
      const b = stateOf(i);
      if (!a || !b) continue;
      inReachFromScan(a, scanVacancies(a, filters[0]!, 20));
      const fromScan = inReach(a);
      const ownPass = inReach(b);
      expect(fromScan.byOccupation).toEqual(ownPass.byOccupation);
      expect([...fromScan.learnWork].sort()).toEqual([...ownPass.learnWork].sort());
    }
  });
});
