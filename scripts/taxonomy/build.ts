/**
 * Builds the product's taxonomy and region data (shared/src/data/*.json) from the team's research
 * folder beside the checkout (../shared/data) plus the Dutch skill labels written for the product
 * (shared/src/taxonomy/skills-nl/*.tsv). The output is committed: the product never reads ../shared.
 *
 *   npx tsx scripts/taxonomy/build.ts [path-to-research-data]
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, splitList } from './csv.ts';
import { sectors } from './sectors.ts';
import { occupationSchema, skillSchema, type Occupation, type Skill } from '@werkbrug/shared/schemas/taxonomy';
import { municipalitySchema, postcodeAreaSchema } from '@werkbrug/shared/schemas/region';

const root = resolve(import.meta.dirname, '../..');
const research = resolve(process.argv[2] ?? join(root, '../shared/data'));
const out = join(root, 'shared/src/data');
mkdirSync(out, { recursive: true });

const read = (name: string) => parseCsv(readFileSync(join(research, name), 'utf8'));
const write = (name: string, value: unknown) => writeFileSync(join(out, name), `${JSON.stringify(value, null, 1)}\n`);

// Occupations
const occupations: Occupation[] = read('esco_occupations_subset.csv').map((r) =>
  occupationSchema.parse({
    uri: r.occupation_uri,
    escoCode: r.esco_code,
    isco08: r.isco08_code,
    iscoLabelNl: r.isco08_label_nl,
    labelNl: r.preferred_label_nl,
    altLabelsNl: [...new Set(splitList(r.alt_labels_nl).filter((l) => l !== r.preferred_label_nl))],
    labelEn: r.preferred_label_en,
    sector: r.sector_key,
    regulated: r.regulated === 'True',
  }),
);
const sectorOf = new Map(occupations.map((o) => [o.uri, o.sector]));

// Occupation-skill relations
const relations: Record<string, { essential: string[]; optional: string[] }> = {};
const essentialSectors = new Map<string, Map<string, number>>();
for (const r of read('esco_occupation_skill_relations_subset.csv')) {
  if (!r.skill_uri || !sectorOf.has(r.occupation_uri!)) continue;
  const rel = relations[r.occupation_uri!] ?? { essential: [], optional: [] };
  relations[r.occupation_uri!] = rel;
  const kind = r.relation_type === 'essential' ? 'essential' : 'optional';
  if (!rel[kind].includes(r.skill_uri)) rel[kind].push(r.skill_uri);
  const counts = essentialSectors.get(r.skill_uri) ?? new Map<string, number>();
  const sector = sectorOf.get(r.occupation_uri!)!;
  counts.set(sector, (counts.get(sector) ?? 0) + (kind === 'essential' ? 2 : 1));
  essentialSectors.set(r.skill_uri, counts);
}

// Dutch labels written for the product
const dutch = new Map<string, { label: string; synonyms: string[] }>();
const labelDir = join(root, 'shared/src/taxonomy/skills-nl');
for (const file of readdirSync(labelDir)
  .filter((f) => f.endsWith('.tsv'))
  .sort()) {
  for (const r of parseCsv(readFileSync(join(labelDir, file), 'utf8'), '\t')) {
    dutch.set(r.uri!, { label: r.label_nl!.trim(), synonyms: splitList(r.synonyms_nl) });
  }
}

const skills: Skill[] = read('esco_skills_subset.csv').map((r) => {
  const nl = dutch.get(r.skill_uri!);
  if (!nl) throw new Error(`No Dutch label for ${r.skill_uri} (${r.preferred_label_en})`);
  const counts = [...(essentialSectors.get(r.skill_uri!) ?? new Map()).entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  );
  const reuse = (r.reuse_level || 'sector-specific') as Skill['reuse'];
  return skillSchema.parse({
    uri: r.skill_uri,
    labelNl: nl.label,
    labelEn: r.preferred_label_en,
    synonymsNl: nl.synonyms,
    altLabelsEn: [...new Set(splitList(r.alt_labels_en).filter((l) => l !== r.preferred_label_en))],
    type: r.skill_type === 'knowledge' ? 'knowledge' : 'skill',
    reuse,
    group: reuse === 'transversal' ? 'transversal' : (counts[0]?.[0] ?? 'transversal'),
  });
});

// Region
const municipalities = read('municipalities.csv').map((r) =>
  municipalitySchema.parse({
    name: r.gemeente,
    inRegion: r.in_region_zkij === 'True',
    corop: r.nuts3_corop,
    inhabitants: Number(r.inwoners_2021_sum_pc4),
    lat: Number(r.centroid_pop_lat),
    lon: Number(r.centroid_pop_lon),
    pc4: (r.pc4_list ?? '').split(/\s+/).filter(Boolean),
    places: (r.plaatsen ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  }),
);
const postcodes = read('postcodes_pc4_region.csv').map((r) =>
  postcodeAreaSchema.parse({
    pc4: r.pc4,
    place: r.plaats,
    municipality: r.gemeente,
    inRegion: r.in_region_zkij === 'True',
    inhabitants: Number(r.inwoners_2021),
    lat: Number(r.lat),
    lon: Number(r.lon),
  }),
);

write('sectors.json', sectors);
write('occupations.json', occupations);
write('skills.json', skills);
write('occupation-skills.json', relations);
write('municipalities.json', municipalities);
write('postcodes.json', postcodes);
console.log(
  `taxonomy: ${occupations.length} occupations, ${skills.length} skills (${dutch.size} Dutch labels), ` +
    `${Object.values(relations).reduce((n, r) => n + r.essential.length + r.optional.length, 0)} relations, ` +
    `${municipalities.length} municipalities, ${postcodes.length} PC4 areas (providers, courses and funding: build-routes.ts)`,
);
