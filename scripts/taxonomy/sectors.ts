import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sectorSchema, type Sector, type SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import { parseCsv } from './csv.ts';

/**
 * Sectors with their regional outlook (shared/curation/sectors/sectors.tsv) and the rule that gives every
 * ESCO occupation one: a curated per-occupation choice first (occupation-sector.tsv), else the longest
 * ISCO-08 prefix in isco-sector.tsv. Admins can change an outlook in the product later.
 */
export type SectorOf = (occupationUri: string, isco08: string) => SectorKey;

const tsv = (curation: string, name: string) => parseCsv(readFileSync(join(curation, 'sectors', name), 'utf8'), '\t');

export function readSectors(curation: string): Sector[] {
  return tsv(curation, 'sectors.tsv').map((r) =>
    sectorSchema.parse({
      key: r.key,
      nameNl: r.name_nl,
      nameEn: r.name_en,
      sbiSection: r.sbi_section,
      sbiDivisions: (r.sbi_divisions ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      outlook: r.outlook,
      outlookFact: r.outlook_fact,
      outlookSource: r.outlook_source,
    }),
  );
}

export function sectorRule(curation: string, sectors: readonly Sector[]): SectorOf {
  const known = new Set<string>(sectors.map((s) => s.key));
  const check = (key: string | undefined, where: string): SectorKey => {
    if (!key || !known.has(key)) throw new Error(`Unknown sector "${key}" in ${where}`);
    return key as SectorKey;
  };
  const byOccupation = new Map(
    tsv(curation, 'occupation-sector.tsv').map((r) => [
      r.occupation_uri!,
      check(r.sector_key, 'occupation-sector.tsv'),
    ]),
  );
  const byPrefix = new Map(
    tsv(curation, 'isco-sector.tsv').map((r) => [r.isco_prefix!, check(r.sector_key, 'isco-sector.tsv')]),
  );
  return (uri, isco08) => {
    const own = byOccupation.get(uri);
    if (own) return own;
    for (let n = isco08.length; n > 0; n--) {
      const s = byPrefix.get(isco08.slice(0, n));
      if (s) return s;
    }
    throw new Error(`No sector for ${uri} (ISCO ${isco08})`);
  };
}
