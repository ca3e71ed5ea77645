/**
 * Turns each profile's labelSpec (the adviser's judgement over occupation families and single
 * occupations) into the URI lists in `labels`, over data/occupation-families.json. Run after editing a
 * labelSpec or the families: npx tsx test/quality/tools/expand-labels.ts
 *
 * A spec entry is a family key (`zo-helper`), `occ:<Dutch ESCO label>` or an occupation URI. Families
 * give their grade to every member (the highest grade wins when families overlap); single occupations
 * then set their own grade exactly (good 2, plausible 1, poor 0), so "this family is good except ..."
 * can be written. Every occupation not listed counts 0.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dataDir, loadFamilies, type Families, type QualityProfile, splits } from '../harness/data.ts';
import { readFileSync } from 'node:fs';

type Grade = 0 | 1 | 2;

function familyMembers(families: Families, key: string): string[] | undefined {
  return families.families[key]?.occupations.map((o) => o.uri);
}

function singleUri(families: Families, entry: string): string | undefined {
  if (entry.startsWith('http://')) return entry;
  if (!entry.startsWith('occ:')) return undefined;
  const label = entry.slice(4);
  for (const f of Object.values(families.families))
    for (const o of f.occupations) if (o.labelNl === label) return o.uri;
  throw new Error(`Unknown occupation label in a labelSpec: ${label} (add it to a family first)`);
}

export function expandLabels(spec: QualityProfile['labelSpec'], families: Families): QualityProfile['labels'] {
  const grades = new Map<string, Grade>();
  const single: [string, Grade][] = [];
  const poorFamily: string[] = [];
  for (const [list, grade] of [
    [spec.good, 2],
    [spec.plausible, 1],
    [spec.poor, 0],
  ] as const) {
    for (const entry of list) {
      const members = familyMembers(families, entry);
      if (members) {
        if (grade === 0) poorFamily.push(...members);
        else for (const u of members) grades.set(u, Math.max(grades.get(u) ?? 0, grade) as Grade);
        continue;
      }
      const uri = singleUri(families, entry);
      if (!uri) throw new Error(`Unknown labelSpec entry: ${entry}`);
      single.push([uri, grade]);
    }
  }
  for (const [uri, grade] of single) grades.set(uri, grade);
  const good = [...grades].filter(([, g]) => g === 2).map(([u]) => u);
  const plausible = [...grades].filter(([, g]) => g === 1).map(([u]) => u);
  const poor = [...new Set([...poorFamily, ...single.filter(([, g]) => g === 0).map(([u]) => u)])].filter(
    (u) => !grades.get(u),
  );
  return { good: good.sort(), plausible: plausible.sort(), poor_examples: poor.sort() };
}

function main(): void {
  const families = loadFamilies();
  for (const split of splits) {
    const path = `${dataDir}${split}/profiles.json`;
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { note: string; split: string; items: QualityProfile[] };
    for (const p of doc.items) p.labels = expandLabels(p.labelSpec, families);
    writeFileSync(path, `${JSON.stringify(doc, null, 1)}\n`);
    console.log(`${split}: ${doc.items.length} profiles expanded`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
