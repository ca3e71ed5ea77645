/** The printed report: every figure, HELD-OUT first, then tuning, then the weakest profiles. */
import { thresholds as T } from '../thresholds.ts';
import type { HalfReport, QualityReport } from './run.ts';

const f2 = (x: number | null | undefined) => (x === null || x === undefined ? '  -  ' : x.toFixed(2));
const pct = (x: number) => `${Math.round(x * 100)}%`;
const frac = (a: number, b: number) => `${a}/${b}`;

function row(label: string, held: string, tuning: string, target: string): string {
  return `${label.padEnd(46)}${held.padStart(14)}${tuning.padStart(14)}   ${target}`;
}

export function formatReport(r: QualityReport): string {
  const h = r.halves.heldout;
  const t = r.halves.tuning;
  const both = (fn: (x: HalfReport) => string) => [fn(h), fn(t)] as const;
  const lines: string[] = [];
  lines.push(`Werkbrug matching quality (issue 10): ${r.baseUrl}, ${r.openVacancies} open vacancies, ${r.seconds} s`);
  lines.push(`schema as read: ${r.schema}`);
  lines.push('');
  lines.push(row('', 'HELD-OUT', 'tuning', 'target (held-out)'));
  const add = (label: string, fn: (x: HalfReport) => string, target: string) =>
    lines.push(row(label, ...both(fn), target));
  add('profiles', (x) => String(x.profiles.length), `>= ${T.minProfiles} in all`);
  add('nDCG@10 matchVacancies', (x) => f2(x.engine.ndcg10), `>= ${T.ndcg10}`);
  add('nDCG@10 keyword baseline', (x) => f2(x.baseline.ndcg10), '');
  add('  engine / baseline', (x) => f2(x.ratio), `>= ${T.ndcgOverBaseline}`);
  add('P@10 matchVacancies (share rated >= 1)', (x) => f2(x.engine.p10), `>= ${T.p10}`);
  add('P@10 keyword baseline', (x) => f2(x.baseline.p10), '');
  add('top-3 matches naming skill or experience', (x) => frac(x.top3Evidence.ok, x.top3Evidence.total), 'all');
  add(
    'titles read right',
    (x) => `${pct(x.titles.readRight)} ${frac(x.titles.counts.right, x.titles.total)}`,
    `>= ${pct(T.titlesReadRight)}`,
  );
  add(
    '  rest unread with an accepted suggestion',
    (x) =>
      `${pct(x.titles.restAskedRight)} ${frac(x.titles.counts['asked-right'], x.titles.total - x.titles.counts.right)}`,
    `>= ${pct(T.titlesRestAskedRight)}`,
  );
  add('  unread, no accepted suggestion', (x) => String(x.titles.counts['asked-wrong']), '');
  add('  confidently misread', (x) => String(x.titles.counts.misread), '');
  add('  dropped (not reported)', (x) => String(x.titles.counts.dropped), `${T.droppedItems}`);
  add(
    'skills read right',
    (x) => `${pct(x.skills.readRight)} ${frac(x.skills.counts.right, x.skills.total)}`,
    `>= ${pct(T.skillsReadRight)}`,
  );
  add(
    '  rest unread with an accepted suggestion',
    (x) => frac(x.skills.counts['asked-right'], x.skills.total - x.skills.counts.right),
    '',
  );
  add('  confidently misread', (x) => String(x.skills.counts.misread), '');
  add('  dropped (not reported)', (x) => String(x.skills.counts.dropped), `${T.droppedItems}`);
  const passCount = (x: HalfReport, near: boolean) => {
    const c = x.search.cases.filter((s) => (s.where === 'no place') !== near);
    return frac(c.filter((s) => s.pass).length, c.length);
  };
  add(`search: titles with >= ${T.searchMinHits} of 10 (no place)`, (x) => passCount(x, false), 'all');
  add('search: same with postcode + 10 km', (x) => passCount(x, true), 'all');
  add('search: mean share of top 10 in occupation', (x) => f2(x.search.meanShare), '');
  lines.push('');
  for (const c of r.emptyChecks) {
    lines.push(
      row(
        `${c.name}: matches labelled fitting`,
        frac(c.labelledFitting, c.returned),
        '',
        `${T.emptyProfileFitting}   labels: ${c.labels.join(', ')}; typed ${c.typed}, reported ${c.reported}`,
      ),
    );
  }
  const d = r.demo;
  lines.push(
    row(
      'demo jobseeker: growing sector in top 10',
      d.error ? 'error' : frac(d.growing, d.returned),
      '',
      `>= ${T.demoGrowingInTop10}   sectors: ${d.sectors.join(' ')}`,
    ),
  );
  lines.push(
    row(
      "demo jobseeker: 'past na een opleiding'",
      d.error ? 'error' : `${d.afterCourseWithCatalogueRoute} (of ${d.afterCourse})`,
      '',
      `>= ${T.demoAfterCourse} with the courses in the catalogue`,
    ),
  );
  if (d.error) lines.push(`  demo error: ${d.error}`);

  lines.push('');
  lines.push('Per group (nDCG@10 engine / baseline)');
  const groups = [...new Set([...h.profiles, ...t.profiles].map((p) => p.group))];
  for (const g of groups) {
    const cell = (x: HalfReport) => {
      const ps = x.profiles.filter((p) => p.group === g);
      if (!ps.length) return '';
      const m = (vals: (number | null)[]) => {
        const v = vals.filter((n): n is number => n !== null);
        return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
      };
      return `${f2(m(ps.map((p) => p.engine.ndcg10)))}/${f2(m(ps.map((p) => p.baseline.ndcg10)))} (${ps.length})`;
    };
    lines.push(row(`  ${g}`, cell(h), cell(t), ''));
  }

  lines.push('');
  lines.push('Weakest ten profiles (held-out ones by figures only, so nobody tunes on their content)');
  const all = [...h.profiles, ...t.profiles]
    .sort((a, b) => (a.engine.ndcg10 ?? 0) - (b.engine.ndcg10 ?? 0))
    .slice(0, 10);
  for (const p of all) {
    const head = `${p.split === 'heldout' ? 'H' : 'T'} ${p.id.padEnd(11)} ${p.group.padEnd(17)} nDCG ${f2(p.engine.ndcg10)} P@10 ${f2(p.engine.p10)} baseline ${f2(p.baseline.ndcg10)} pool ${p.poolRelevant}/${p.pool}`;
    if (p.split === 'heldout') lines.push(head);
    else
      lines.push(
        `${head}  top: ${p.engine.top
          .slice(0, 5)
          .map((x) => `${x.occupation}(${x.grade})`)
          .join(', ')}${p.error ? `  ERROR ${p.error}` : ''}`,
      );
  }
  const failedSearch = t.search.cases.filter((c) => !c.pass).slice(0, 8);
  if (failedSearch.length) {
    lines.push('');
    lines.push('Tuning search titles that fail (held-out ones are counted above only)');
    for (const c of failedSearch)
      lines.push(`  ${c.title} [${c.where}]: ${c.hits}/${c.needed} needed; top: ${c.top.slice(0, 5).join(', ')}`);
  }
  return lines.join('\n');
}
