/**
 * Reader benchmark: how well and how fast the reader reads typed titles and skills, in-process, on the
 * TUNING half of the resolution set only (the held-out half is for `npm run quality`, never for tuning).
 * Classifies each item as the quality harness does, prints the figures, the items that are not read
 * right (BENCH_VERBOSE=1), and p50/p95/p99 per read on cold and warm caches.
 *   node --import tsx scripts/bench/bench-reader.ts
 */
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createTaxonomyLookup } from '@werkbrug/matching/matching/taxonomy-lookup';
import { loadResolution, type ResolutionItem } from '../../test/quality/harness/data.ts';
import { classify, summarise } from '../../test/quality/harness/resolution.ts';
import type { NeutralResolution } from '../../test/quality/harness/adapter.ts';
import { ms, measure } from './stats.ts';

type Reading = ReturnType<ReturnType<typeof createTaxonomyLookup>['title']>;

const started = performance.now();
const taxonomy = loadTaxonomy();
const reader = createTaxonomyLookup(taxonomy);
reader.title('warm');
reader.skill('warm');
console.log(`taxonomy and reader indexes ready in ${ms(performance.now() - started)}`);

const label = (uri: string) =>
  taxonomy.occupationByUri.get(uri)?.labelNl ?? taxonomy.skillByUri.get(uri)?.labelNl ?? uri;

/** The reading as the API reports it: read (with its URI) or unread (with suggestions). */
function asResolution(text: string, r: Reading): NeutralResolution {
  if (r.status === 'unread')
    return { resolved: [], unresolved: [{ value: text, kind: 'x', suggestions: r.suggestions.map((s) => s.uri) }] };
  const reading = r.kind === 'certificate' ? `certificate:${r.key}` : r.uri;
  return { resolved: [{ text, reading, kind: r.kind }], unresolved: [] };
}

/** A title the reader leaves unread may be a certificate typed as a job (as profile/resolve.ts does). */
function readTitle(text: string): Reading {
  const r = reader.title(text);
  if (r.status !== 'unread') return r;
  const c = reader.skill(text);
  return c.status === 'read' && c.kind === 'certificate' && c.score >= 1 ? c : r;
}

const verbose = process.env.BENCH_VERBOSE === '1';
for (const kind of ['titles', 'skills'] as const) {
  const items: ResolutionItem[] = loadResolution(kind, 'tuning');
  const read = (t: string) => (kind === 'titles' ? readTitle(t) : reader.skill(t));
  const results = items.map((item) => {
    const r = read(item.typed);
    const c = classify(item, asResolution(item.typed, r), kind === 'titles' ? 'occupation' : 'skill');
    return { item, r, c };
  });
  const s = summarise(results.map((x) => x.c));
  const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
  console.log(
    `${kind}: read right ${pct(s.readRight)} (${s.counts.right}/${s.total}); rest asked right ${pct(s.restAskedRight)} (${s.counts['asked-right']}/${s.total - s.counts.right}); asked wrong ${s.counts['asked-wrong']}; misread ${s.counts.misread}; dropped ${s.counts.dropped}`,
  );
  if (verbose)
    for (const { item, r, c } of results) {
      if (c.outcome === 'right') continue;
      const got =
        r.status === 'read'
          ? `read ${r.kind === 'certificate' ? r.key : label(r.uri)} ${r.score}`
          : `asked [${r.suggestions.map((x) => `${label(x.uri)} ${x.score}`).join('; ')}]`;
      console.log(`  ${c.outcome.padEnd(11)} ${item.typed} -> ${got}`);
      console.log(`              accepted: ${[...item.accepted, ...(item.suggestions ?? [])].map(label).join('; ')}`);
    }
}

// Speed: every tuning text plus variants nobody has typed before (cold cache), then the same again (warm).
const texts = [...loadResolution('titles', 'tuning'), ...loadResolution('skills', 'tuning')].map((i) => i.typed);
const fresh = (t: string, i: number) => `${t} ${['x', 'bij ons', 'haarlem', 'nl', 'ervaren'][i % 5]}${i}`;
const titles = texts.map(fresh);
const cold = await measure(titles, (t) => reader.title(t), 0);
const warm = await measure(titles, (t) => reader.title(t), 0);
const skillsCold = await measure(
  texts.map((t, i) => fresh(t, i + 1000)),
  (t) => reader.skill(t),
  0,
);
const row = (name: string, s: { p50: number; p95: number; p99: number; n: number }) =>
  console.log(`${name.padEnd(22)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  (${s.n} reads)`);
row('title, not cached', cold);
row('title, cached', warm);
row('skill, not cached', skillsCold);
