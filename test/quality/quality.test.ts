/**
 * Issue 10's "Done when" figures, asserted on the HELD-OUT half, through the public GraphQL API of the
 * built service (started here with a fresh, seeded data folder; QUALITY_URL uses a running one).
 * Expected to fail until issue 10 is done: this is the target. Thresholds: thresholds.ts.
 * The data checks at the top hold already.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certificateKeys,
  loadFamilies,
  loadProfiles,
  loadResolution,
  loadSearchItems,
  type QualityProfile,
  splits,
} from './harness/data.ts';
import { formatReport } from './harness/report.ts';
import { gradingContext } from './harness/rules.ts';
import type { QualityReport } from './harness/run.ts';
import { runQuality } from './harness/run.ts';
import { type RunningService, startService } from './harness/service.ts';
import { expandLabels } from './tools/expand-labels.ts';
import { thresholds as T } from './thresholds.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The occupations the region's vacancies come from: the curated list when it is there, else the product's taxonomy list. */
function regionalOccupationUris(): string[] {
  const tsv = `${root}shared/curation/region/occupations.tsv`;
  if (existsSync(tsv)) {
    const [header, ...rows] = readFileSync(tsv, 'utf8').trim().split('\n');
    const col = (header ?? '').split('\t').indexOf('occupation_uri');
    return rows.map((r) => r.split('\t')[col] ?? '').filter(Boolean);
  }
  const list = JSON.parse(readFileSync(`${root}shared/src/data/occupations.json`, 'utf8')) as { uri: string }[];
  return list.map((o) => o.uri);
}

describe('quality data (issue 10, build item 7)', () => {
  const families = loadFamilies();
  const inFamily = new Set(Object.values(families.families).flatMap((f) => f.occupations.map((o) => o.uri)));
  const profiles: QualityProfile[] = splits.flatMap((s) => loadProfiles(s));

  it('has enough profiles, titles, skills and search titles, split in halves', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(T.minProfiles);
    const titles = splits.map((s) => loadResolution('titles', s).length);
    const skills = splits.map((s) => loadResolution('skills', s).length);
    const search = splits.map((s) => loadSearchItems(s).length);
    expect(titles[0]! + titles[1]!).toBeGreaterThanOrEqual(T.minTitles);
    expect(skills[0]! + skills[1]!).toBeGreaterThanOrEqual(T.minSkills);
    expect(search[0]! + search[1]!).toBeGreaterThanOrEqual(T.minSearchTitles);
    for (const counts of [splits.map((s) => loadProfiles(s).length), titles, skills, search])
      expect(Math.abs(counts[0]! - counts[1]!)).toBeLessThanOrEqual(1);
  });

  it('never repeats a profile id or typed item across the halves', () => {
    expect(new Set(profiles.map((p) => p.id)).size).toBe(profiles.length);
    for (const kind of ['titles', 'skills'] as const) {
      const [a, b] = splits.map((s) => new Set(loadResolution(kind, s).map((i) => i.typed.toLowerCase())));
      for (const t of a!) expect(b!.has(t), `${kind}: ${t} in both halves`).toBe(false);
    }
  });

  it('keeps every group in both halves', () => {
    const groups = new Set(profiles.map((p) => p.group));
    for (const g of groups) {
      const n = profiles.filter((p) => p.group === g);
      if (n.length >= 2)
        for (const s of splits)
          expect(
            n.some((p) => p.split === s),
            `${g} in ${s}`,
          ).toBe(true);
    }
  });

  it('has labels that are the expansion of each labelSpec over the families', () => {
    for (const p of profiles) {
      expect(expandLabels(p.labelSpec, families), p.id).toEqual(p.labels);
      expect(p.labels.good.length, `${p.id} has no good occupation`).toBeGreaterThan(0);
      for (const u of [...p.labels.good, ...p.labels.plausible]) expect(inFamily.has(u), `${p.id}: ${u}`).toBe(true);
      for (const c of p.certificates) expect(certificateKeys).toContain(c);
    }
  });

  it('covers every occupation of the regional list with a family (so every profile grades all of them)', () => {
    const missing = regionalOccupationUris().filter((u) => !inFamily.has(u));
    expect(missing).toEqual([]);
  });

  it('names only occupations of the families in the vacancy rules', () => {
    expect(() => gradingContext(families)).not.toThrow();
  });
});

// TEMPORARY while issue 10 is being built on branches: the targets run only with QUALITY_TARGETS=1.
// The lead removes this gate when issue 10 lands (it must not stay: the targets are the point).
describe.runIf(process.env.QUALITY_TARGETS === '1')('issue 10 "Done when" on the held-out half', () => {
  let service: RunningService | undefined;
  let report: QualityReport;
  beforeAll(async () => {
    service = await startService();
    report = await runQuality(service.baseUrl);
    console.log(formatReport(report));
  }, 600_000);
  afterAll(async () => {
    await service?.stop();
  });
  const held = () => report.halves.heldout;

  it(`nDCG@10 >= ${T.ndcg10}`, () => expect(held().engine.ndcg10 ?? 0).toBeGreaterThanOrEqual(T.ndcg10));
  it(`nDCG@10 >= ${T.ndcgOverBaseline} x the keyword baseline`, () =>
    expect(held().engine.ndcg10 ?? 0).toBeGreaterThanOrEqual(T.ndcgOverBaseline * (held().baseline.ndcg10 ?? 0)));
  it(`P@10 >= ${T.p10}`, () => expect(held().engine.p10 ?? 0).toBeGreaterThanOrEqual(T.p10));
  it(`typed titles: >= ${T.titlesReadRight * 100} % read right`, () =>
    expect(held().titles.readRight).toBeGreaterThanOrEqual(T.titlesReadRight));
  it(`typed titles: of the rest >= ${T.titlesRestAskedRight * 100} % unread with an accepted suggestion`, () =>
    expect(held().titles.restAskedRight).toBeGreaterThanOrEqual(T.titlesRestAskedRight));
  it(`typed skills: >= ${T.skillsReadRight * 100} % read right`, () =>
    expect(held().skills.readRight).toBeGreaterThanOrEqual(T.skillsReadRight));
  it('no typed item is dropped without being reported', () => {
    expect(held().titles.counts.dropped + held().skills.counts.dropped).toBe(T.droppedItems);
    for (const c of report.emptyChecks) expect(c.reported, c.name).toBe(c.typed);
  });
  it(`search: every title has >= ${T.searchMinHits} of its top 10 in the occupation (or all that exist), without a place`, () => {
    expect(held().search.passShare.plain).toBeGreaterThanOrEqual(T.searchTitlesPassing);
  });
  it('search: the same with a postcode and radius', () =>
    expect(held().search.passShare.near).toBeGreaterThanOrEqual(T.searchTitlesPassing));
  it('empty and nonsense profiles: no match labelled as fitting', () => {
    for (const c of report.emptyChecks) expect(c.labelledFitting, c.name).toBe(T.emptyProfileFitting);
  });
  it('every top-3 match names a matched essential skill or related experience', () => {
    const e = held().top3Evidence;
    expect(e.ok / Math.max(1, e.total)).toBeGreaterThanOrEqual(T.top3Evidence);
  });
  it(`demo jobseeker: >= ${T.demoGrowingInTop10} of her top 10 in growing sectors`, () =>
    expect(report.demo.growing).toBeGreaterThanOrEqual(T.demoGrowingInTop10));
  it('demo jobseeker: a "past na een opleiding" match whose courses are in the catalogue', () =>
    expect(report.demo.afterCourseWithCatalogueRoute).toBeGreaterThanOrEqual(T.demoAfterCourse));
});
