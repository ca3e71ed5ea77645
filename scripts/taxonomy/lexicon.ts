/**
 * The typing lexicon (shared/curation/lexicon) and the regional occupation set (shared/curation/region),
 * validated against the taxonomy and compiled into shared/src/data/{lexicon,certificates,region-occupations}.json.
 * Files may still be growing: every file that is there is read; rows naming unknown URIs or sectors are
 * dropped and counted, never silently kept.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificateKeys } from '@werkbrug/shared/schemas/certificate';
import type { Lexicon, CertificateEntry, RegionalOccupation } from '@werkbrug/shared/taxonomy/lexicon-types';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import { parseCsv, splitList } from './csv.ts';

/** Sector hints the curators wrote in short form. */
const sectorAlias: Record<string, string> = {
  sport: 'sports_recreation',
  cleaning: 'cleaning_facility',
  industry: 'manufacturing',
  // Hints the curation files use for sectors the product names otherwise (were dropped silently before).
  office: 'business_services',
  customer_contact: 'business_services',
  science: 'science_research',
  agriculture: 'agriculture_green',
};

export interface Known {
  occupations: ReadonlySet<string>;
  skills: ReadonlySet<string>;
  sectors: ReadonlySet<string>;
}

export function compileLexicon(curation: string, taxonomy: Known) {
  const dropped: string[] = [];
  const tsv = (name: string) => {
    const path = join(curation, name);
    return existsSync(path) ? parseCsv(readFileSync(path, 'utf8'), '\t') : [];
  };
  const known = (u: string, set: ReadonlySet<string>, where: string) => {
    if (set.has(u)) return true;
    dropped.push(`${where}: ${u}`);
    return false;
  };
  const uris = (value: string | undefined, set: ReadonlySet<string>, where: string) =>
    (value ?? '')
      .split(/[\s|,]+/)
      .filter(Boolean)
      .filter((u) => known(u, set, where));
  const sector = (value: string | undefined): SectorKey | null => {
    const s = sectorAlias[value ?? ''] ?? value ?? '';
    if (s === '') return null;
    // A hint the product does not know would be dropped without a word: refuse it instead.
    if (!taxonomy.sectors.has(s)) throw new Error(`Unknown sector hint '${value}' in the lexicon`);
    return s as SectorKey;
  };
  const confidence = (v: string | undefined): 'sure' | 'ask' => (v === 'sure' ? 'sure' : 'ask');

  const titles = ['lexicon/job-titles-a.tsv', 'lexicon/job-titles-b.tsv'].flatMap((f) =>
    tsv(f)
      .filter((r) => r.typed?.trim())
      .map((r) => ({
        typed: r.typed!.trim(),
        occupations: uris(r.occupations, taxonomy.occupations, f),
        confidence: confidence(r.confidence),
        sector: sector(r.sector_hint),
      }))
      .filter((r) => r.occupations.length > 0),
  );
  const lexicon: Lexicon = {
    titles,
    generic: tsv('lexicon/generic-words.tsv').map((r) => ({
      typed: r.typed!.trim(),
      suggestions: uris(r.suggestions, taxonomy.occupations, 'generic-words'),
    })),
    context: tsv('lexicon/context-words.tsv')
      .filter((r) => r.word?.trim())
      .map((r) => ({ word: r.word!.trim(), kind: r.kind ?? 'filler', sector: sector(r.sector_hint) })),
    synonyms: tsv('lexicon/word-synonyms.tsv')
      .map((r) => ({
        words: splitList(r.words),
        scope: (['title', 'skill'].includes(r.scope ?? '') ? r.scope : 'both') as 'title' | 'skill' | 'both',
      }))
      .filter((r) => r.words.length > 1),
    skillPhrases: tsv('lexicon/skill-phrases.tsv')
      .filter((r) => r.typed?.trim())
      .map((r) => ({
        typed: r.typed!.trim(),
        skills: uris(r.skills, taxonomy.skills, 'skill-phrases'),
        confidence: confidence(r.confidence),
      }))
      .filter((r) => r.skills.length > 0),
    skillFixes: tsv('lexicon/skill-label-fixes.tsv')
      .filter((r) => taxonomy.skills.has(r.skill_uri ?? ''))
      .map((r) => ({ uri: r.skill_uri!, problem: r.problem ?? 'ignore' })),
  };

  const certificates: CertificateEntry[] = tsv('lexicon/certificates.tsv').map((r) => {
    if (!(certificateKeys as readonly string[]).includes(r.key ?? ''))
      throw new Error(`certificates.tsv: key "${r.key}" is not in shared/src/schemas/certificate.ts`);
    return {
      key: r.key as CertificateEntry['key'],
      nameNl: r.name_nl!,
      nameEn: r.name_en!,
      typed: splitList(r.typed),
      kind: r.kind ?? 'certificate',
      relatedSkills: uris(r.related_skills, taxonomy.skills, `certificate ${r.key}`),
    };
  });

  const region: RegionalOccupation[] = tsv('region/occupations.tsv')
    .filter((r) => known(r.occupation_uri ?? '', taxonomy.occupations, 'region'))
    .map((r) => ({
      uri: r.occupation_uri!,
      labelNl: r.label_nl!,
      sector: sector(r.sector_key) ?? 'business_services',
      weight: Number(r.weight) || 1,
      levelTypical: Number(r.level_typical) || 2,
      levelMin: Number(r.level_min) || 1,
      hours: (['fulltime', 'parttime', 'mixed'].includes(r.hours ?? '')
        ? r.hours
        : 'mixed') as RegionalOccupation['hours'],
      bbl: r.bbl === 'yes',
      entry: r.entry === 'yes',
      garantiebaan: r.garantiebaan === 'yes',
      certificates: (r.certificates ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((k): k is RegionalOccupation['certificates'][number] =>
          (certificateKeys as readonly string[]).includes(k),
        ),
      titleVariants: splitList(r.title_variants_nl),
    }));
  return { lexicon, certificates, region, dropped };
}
