/** Runs the whole evaluation against a running service and returns every figure. */
import { allOpenVacancies, detectCapabilities } from './adapter.ts';
import { type DemoCheck, demoJobseeker, type EmptyCheck, emptyAndNonsense } from './checks.ts';
import { graphqlClient } from './client.ts';
import { loadFamilies, loadProfiles, loadResolution, loadSearchItems, type Split, splits } from './data.ts';
import { mean } from './metrics.ts';
import { evaluateProfiles, type ProfileResult } from './profiles.ts';
import { evaluateResolution, type ResolutionSummary } from './resolution.ts';
import { gradingContext } from './rules.ts';
import { evaluateSearch, type SearchSummary } from './search.ts';

export interface HalfReport {
  split: Split;
  profiles: ProfileResult[];
  engine: { ndcg10: number | null; p10: number | null };
  baseline: { ndcg10: number | null; p10: number | null };
  /** engine nDCG@10 / baseline nDCG@10 */
  ratio: number | null;
  top3Evidence: { ok: number; total: number };
  titles: ResolutionSummary;
  skills: ResolutionSummary;
  search: SearchSummary;
}

export interface QualityReport {
  baseUrl: string;
  schema: string;
  openVacancies: number;
  halves: Record<Split, HalfReport>;
  emptyChecks: EmptyCheck[];
  demo: DemoCheck;
  seconds: number;
}

export async function runQuality(baseUrl: string, log: (line: string) => void = () => {}): Promise<QualityReport> {
  const started = Date.now();
  const client = graphqlClient(baseUrl);
  const caps = await detectCapabilities(client);
  log(`schema: ${caps.summary}`);
  const allOpen = await allOpenVacancies(client, caps);
  log(`${allOpen.length} open vacancies`);
  const ctx = gradingContext(loadFamilies());
  const halves = {} as Record<Split, HalfReport>;
  for (const split of splits) {
    const profiles = await evaluateProfiles(client, caps, loadProfiles(split), allOpen, ctx);
    log(`${split}: ${profiles.length} profiles`);
    const titles = await evaluateResolution(client, caps, loadResolution('titles', split), 'occupation');
    const skills = await evaluateResolution(client, caps, loadResolution('skills', split), 'skill');
    log(`${split}: ${titles.total} titles, ${skills.total} skills`);
    const search = await evaluateSearch(client, caps, loadSearchItems(split), allOpen);
    const engineNdcg = mean(profiles.map((p) => p.engine.ndcg10));
    const baseNdcg = mean(profiles.map((p) => p.baseline.ndcg10));
    const evidence = profiles.flatMap((p) => p.engine.evidenceTop3);
    halves[split] = {
      split,
      profiles,
      engine: { ndcg10: engineNdcg, p10: mean(profiles.map((p) => p.engine.p10)) },
      baseline: { ndcg10: baseNdcg, p10: mean(profiles.map((p) => p.baseline.p10)) },
      ratio: engineNdcg !== null && baseNdcg ? engineNdcg / baseNdcg : null,
      top3Evidence: { ok: evidence.filter((e) => e.ok).length, total: evidence.length },
      titles,
      skills,
      search,
    };
  }
  const emptyChecks = await emptyAndNonsense(client, caps);
  const demo = await demoJobseeker(client, caps);
  return {
    baseUrl,
    schema: caps.summary,
    openVacancies: allOpen.length,
    halves,
    emptyChecks,
    demo,
    seconds: Math.round((Date.now() - started) / 1000),
  };
}
