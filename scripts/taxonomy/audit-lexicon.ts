/**
 * Prints lexicon rows beside the labels of their target concepts, so an auditor reads the typed word
 * against what it points at (ESCO Dutch + English label for occupations, English label for skills).
 * Usage: npx tsx scripts/taxonomy/audit-lexicon.ts <lexicon.tsv> [fromRow] [toRow]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.js';

// ESCO beside the checkout as build.ts reads it; a worktree elsewhere passes ESCO_DIR.
const escoDir = process.env.ESCO_DIR ?? join(import.meta.dirname, '../../../shared/data/esco');

function labels(file: string): Map<string, string> {
  const rows = parseCsv(readFileSync(join(escoDir, file), 'utf8'));
  return new Map(rows.map((r) => [r.conceptUri ?? '', r.preferredLabel ?? '']));
}

const [file, from = '1', to = '100000'] = process.argv.slice(2);
if (!file) throw new Error('usage: audit-lexicon.ts <lexicon.tsv> [fromRow] [toRow]');
const occNl = labels('occupations_nl.csv');
const occEn = labels('occupations_en.csv');
const skillEn = labels('skills_en.csv');

const describe = (uri: string): string => {
  if (uri.includes('/occupation/')) return `${occNl.get(uri) ?? '?'} | ${occEn.get(uri) ?? '?'}`;
  return skillEn.get(uri) ?? `? ${uri}`;
};

const lines = readFileSync(file, 'utf8').split('\n');
const header = (lines[0] ?? '').split('\t');
const targetCol = header.findIndex((h) => h === 'occupations' || h === 'skills');
const confCol = header.indexOf('confidence');
for (let i = Math.max(1, Number(from)); i < Math.min(lines.length, Number(to) + 1); i++) {
  const cells = (lines[i] ?? '').split('\t');
  if (!cells[0]) continue;
  const targets = (cells[targetCol] ?? '').split(' ').filter(Boolean);
  console.log(`${i}\t${cells[0]}\t[${cells[confCol]}]\t${targets.map(describe).join(' ; ')}`);
}
