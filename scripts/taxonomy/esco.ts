/**
 * The whole ESCO classification (../shared/data/esco, see its README) as the product ships it: every
 * occupation with its Dutch labels and sector, every skill with a Dutch label where one is written, the
 * occupation-skill relations as skill indices, and each skill's nearest skill group for related-skill credit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, splitList } from './csv.ts';
import { occupationSchema, skillSchema, type Occupation, type Skill } from '@werkbrug/shared/schemas/taxonomy';
import type { SectorOf } from './sectors.ts';

const lines = (cell: string | undefined) =>
  (cell ?? '')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
const unique = (list: string[], except: string) => [...new Set(list.filter((l) => l !== except))];
const byUri = <T extends { uri: string }>(a: T, b: T) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);

/** ESCO Dutch labels the curators found wrong on an occupation (lexicon/esco-label-fixes.tsv): never read. */
export function readLabelFixes(curation: string): Map<string, Set<string>> {
  const fixes = new Map<string, Set<string>>();
  for (const r of parseCsv(readFileSync(join(curation, 'lexicon/esco-label-fixes.tsv'), 'utf8'), '\t')) {
    const set = fixes.get(r.occupation_uri!) ?? new Set<string>();
    set.add(r.label!.trim().toLowerCase());
    fixes.set(r.occupation_uri!, set);
  }
  return fixes;
}

export function readOccupations(esco: string, sectorOf: SectorOf, fixes: Map<string, Set<string>>): Occupation[] {
  const read = (name: string) => parseCsv(readFileSync(join(esco, name), 'utf8'));
  const english = new Map(read('occupations_en.csv').map((r) => [r.conceptUri!, r]));
  const isco = new Map(read('ISCOGroups_nl.csv').map((r) => [r.code!, r.preferredLabelNl!]));
  return read('occupations_nl.csv')
    .map((r) => {
      const uri = r.conceptUri!;
      const en = english.get(uri);
      const ignored = fixes.get(uri) ?? new Set<string>();
      const keep = (l: string) => !ignored.has(l.toLowerCase());
      const labelNl = r.preferredLabel!.trim();
      return occupationSchema.parse({
        uri,
        escoCode: r.code,
        isco08: r.iscoGroup,
        iscoLabelNl: isco.get(r.iscoGroup!) ?? '',
        labelNl,
        altLabelsNl: unique(lines(r.altLabels).filter(keep), labelNl),
        hiddenLabelsNl: unique(lines(r.hiddenLabels).filter(keep), labelNl),
        labelEn: en?.preferredLabel?.trim() ?? labelNl,
        sector: sectorOf(uri, r.iscoGroup!),
        regulated: !(r.regulatedProfessionNote ?? '').endsWith('/unregulated'),
      });
    })
    .sort(byUri);
}

/** Dutch labels written for the product (shared/src/taxonomy/skills-nl/*.tsv; later files win). */
export function readDutchSkillLabels(dir: string): Map<string, { label: string; synonyms: string[] }> {
  const dutch = new Map<string, { label: string; synonyms: string[] }>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    for (const r of parseCsv(readFileSync(join(dir, file), 'utf8'), '\t')) {
      const label = (r.label_nl ?? '').trim();
      if (r.uri && label) dutch.set(r.uri, { label, synonyms: splitList(r.synonyms_nl) });
    }
  }
  return dutch;
}

/** Each skill's nearest skill group in the ESCO skill hierarchy (its code), walking up through broader skills. */
function skillGroups(esco: string): Map<string, string> {
  const read = (name: string) => parseCsv(readFileSync(join(esco, name), 'utf8'));
  const code = new Map(read('skillGroups_en.csv').map((r) => [r.conceptUri!, r.code!]));
  const broader = new Map<string, string[]>();
  for (const r of read('broaderRelationsSkillPillar.csv')) {
    const list = broader.get(r.conceptUri!) ?? [];
    list.push(r.broaderUri!);
    broader.set(r.conceptUri!, list);
  }
  const groupOf = (uri: string, depth = 0): string | undefined => {
    const up = [...(broader.get(uri) ?? [])].sort();
    const direct = up.find((u) => code.has(u));
    if (direct) return code.get(direct);
    if (depth > 8) return undefined;
    for (const u of up) {
      const g = groupOf(u, depth + 1);
      if (g) return g;
    }
    return undefined;
  };
  const out = new Map<string, string>();
  for (const uri of broader.keys()) {
    const g = groupOf(uri);
    if (g) out.set(uri, g);
  }
  return out;
}

export function readSkills(esco: string, dutch: Map<string, { label: string; synonyms: string[] }>): Skill[] {
  const groups = skillGroups(esco);
  return parseCsv(readFileSync(join(esco, 'skills_en.csv'), 'utf8'))
    .map((r) => {
      const nl = dutch.get(r.conceptUri!);
      const labelEn = r.preferredLabel!.trim();
      const reuse = (r.reuseLevel || 'sector-specific') as Skill['reuse'];
      return skillSchema.parse({
        uri: r.conceptUri,
        labelNl: nl?.label ?? null,
        labelEn,
        synonymsNl: nl?.synonyms ?? [],
        altLabelsEn: unique(lines(r.altLabels), labelEn),
        type: r.skillType === 'knowledge' ? 'knowledge' : 'skill',
        reuse,
        group: reuse === 'transversal' ? 'transversal' : (groups.get(r.conceptUri!) ?? 'other'),
      });
    })
    .sort(byUri);
}

/** Essential and optional skills per occupation (taxonomy order), as indices into the skill list. */
export function readRelations(
  esco: string,
  occupations: readonly Occupation[],
  skills: readonly Skill[],
): { essential: number[][]; optional: number[][] } {
  const occ = new Map(occupations.map((o, i) => [o.uri, i]));
  const sk = new Map(skills.map((s, i) => [s.uri, i]));
  const essential: Set<number>[] = occupations.map(() => new Set());
  const optional: Set<number>[] = occupations.map(() => new Set());
  for (const r of parseCsv(readFileSync(join(esco, 'occupationSkillRelations.csv'), 'utf8'))) {
    const o = occ.get(r.occupationUri!);
    const s = sk.get(r.skillUri!);
    if (o === undefined || s === undefined) continue;
    (r.relationType === 'essential' ? essential : optional)[o]!.add(s);
  }
  const sorted = (sets: Set<number>[], minus?: Set<number>[]) =>
    sets.map((set, i) => [...set].filter((s) => !(minus?.[i]?.has(s) ?? false)).sort((a, b) => a - b));
  return { essential: sorted(essential), optional: sorted(optional, essential) };
}
