import { describe, expect, it } from 'vitest';
import type { TargetGroup } from '@werkbrug/shared/schemas/profile';
import { seeded, withoutIds } from '../../testkit/matching.ts';

/**
 * Issue 11's figures over the seeded profiles (the demo data a fresh install starts with): what the matches and
 * career paths of every profile offer. Printed, so a change shows its effect, and held to the issue's bars.
 */
const { data, engine, taxonomy } = seeded({ profiles: 600 });
const policyGroups: TargetGroup[] = ['schoolverlater', 'banenafspraak', 'ww', 'bijstand'];

let bridgesShown = 0;
let bridgesOpening = 0;
const affordable = new Map<TargetGroup, { profiles: number; withRoute: number }>();
for (const g of policyGroups) affordable.set(g, { profiles: 0, withRoute: 0 });
for (const p of data.profiles) {
  const profile = withoutIds(p);
  const costs: number[] = [];
  for (const m of engine.matchVacancies(profile, { first: 20 }).matches) {
    if (!m.bridge) continue;
    bridgesShown++;
    if (m.bridge.opensVacancies >= 1) bridgesOpening++;
    costs.push(m.bridge.totalCost);
  }
  for (const path of engine.careerPaths(profile, { first: 5 }).paths) if (path.route) costs.push(path.route.totalCost);
  for (const g of p.targetGroups) {
    const row = affordable.get(g);
    if (!row) continue;
    row.profiles++;
    if (costs.some((c) => c === 0)) row.withRoute++;
  }
}
// Career paths of the people the policy steers (a shrinking sector held a year or more, not saying they want to
// stay, not in the Banenafspraak): how many see at least half of their paths in growing or wished sectors.
const outlookOf = (uri: string) => taxonomy.sectorByKey.get(taxonomy.occupationByUri.get(uri)!.sector)?.outlook;
let steered = 0;
let steeredOut = 0;
for (const p of data.profiles) {
  const fromShrinking = p.occupations.some((o) => o.years >= 1 && outlookOf(o.occupationUri) === 'shrinking');
  if (!fromShrinking || p.wishes?.stayInField === true || p.targetGroups.includes('banenafspraak')) continue;
  steered++;
  const paths = engine.careerPaths(withoutIds(p), { first: 5 }).paths;
  const wished = new Set<string>(p.wishes?.sectors ?? []);
  const out = paths.filter((x) => outlookOf(x.occupationUri) === 'growing' || wished.has(x.sector)).length;
  if (out >= Math.ceil(paths.length / 2)) steeredOut++;
}

console.log(
  `career paths: ${steeredOut} of ${steered} people from a shrinking sector see at least half of them in growing work`,
);
console.log(
  `routes over ${data.profiles.length} seeded profiles: ${bridgesOpening} of ${bridgesShown} bridges shown open >= 1 vacancy in reach; ` +
    [...affordable].map(([g, r]) => `${g} ${r.withRoute}/${r.profiles} with a route they can afford`).join(', '),
);

describe('routes over the seeded profiles', () => {
  it('steers career paths: at least half lead into growing work for 99 % of the people the policy steers', () => {
    expect(steered).toBeGreaterThan(100);
    expect(steeredOut / steered).toBeGreaterThanOrEqual(0.99);
  });

  it('at least 80 % of the bridges shown open at least one vacancy in reach', () => {
    expect(bridgesShown).toBeGreaterThan(0);
    expect(bridgesOpening / bridgesShown).toBeGreaterThanOrEqual(0.8);
  });

  it('every profile of the policy target groups gets at least one route it can afford (nothing to pay)', () => {
    for (const [group, row] of affordable) {
      expect(row.profiles, `${group} profiles in the seed`).toBeGreaterThan(0);
      expect(row.withRoute, group).toBe(row.profiles);
    }
  });
});
