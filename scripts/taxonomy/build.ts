/**
 * Builds the product's taxonomy and region data (shared/src/data/*.json) from the team's research
 * folder beside the checkout (../shared/data, the whole ESCO in ../shared/data/esco), the curated sources
 * (shared/curation) and the Dutch skill labels written for the product (shared/src/taxonomy/skills-nl/*.tsv).
 * The output is committed: the product never reads ../shared or shared/curation at run time.
 *
 *   npx tsx scripts/taxonomy/build.ts [path-to-research-data]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from './csv.ts';
import { readSectors, sectorRule } from './sectors.ts';
import { readDutchSkillLabels, readLabelFixes, readOccupations, readRelations, readSkills } from './esco.ts';
import { compileLexicon } from './lexicon.ts';
import { municipalitySchema, postcodeAreaSchema } from '@werkbrug/shared/schemas/region';

const root = resolve(import.meta.dirname, '../..');
const research = resolve(process.argv[2] ?? join(root, '../shared/data'));
const curation = join(root, 'shared/curation');
const out = join(root, 'shared/src/data');
mkdirSync(out, { recursive: true });

const read = (name: string) => parseCsv(readFileSync(join(research, name), 'utf8'));
const write = (name: string, value: unknown) => writeFileSync(join(out, name), `${JSON.stringify(value, null, 1)}\n`);
/** Big lists: one record a line, so a diff shows which records changed without bloating the file. */
const writeLines = (name: string, list: readonly unknown[]) =>
  writeFileSync(join(out, name), `[\n${list.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`);

// Taxonomy
const esco = join(research, 'esco');
const sectors = readSectors(curation);
const occupations = readOccupations(esco, sectorRule(curation, sectors), readLabelFixes(curation));
const dutch = readDutchSkillLabels(join(root, 'shared/src/taxonomy/skills-nl'));
const skills = readSkills(esco, dutch);
const relations = readRelations(esco, occupations, skills);
const { lexicon, certificates, region, dropped } = compileLexicon(curation, {
  occupations: new Set(occupations.map((o) => o.uri)),
  skills: new Set(skills.map((s) => s.uri)),
  sectors: new Set(sectors.map((s) => s.key)),
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
writeLines('occupations.json', occupations);
writeLines('skills.json', skills);
writeFileSync(
  join(out, 'occupation-skills.json'),
  `{"essential":[\n${relations.essential.map((r) => JSON.stringify(r)).join(',\n')}\n],\n"optional":[\n${relations.optional.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`,
);
write('lexicon.json', lexicon);
write('certificates.json', certificates);
writeLines('region-occupations.json', region);
write('municipalities.json', municipalities);
write('postcodes.json', postcodes);
const count = (rows: number[][]) => rows.reduce((n, r) => n + r.length, 0);
if (dropped.length)
  console.warn(`curation: ${dropped.length} rows name unknown URIs, dropped:\n  ${dropped.slice(0, 20).join('\n  ')}`);
console.log(
  `taxonomy: ${occupations.length} occupations, ${skills.length} skills ` +
    `(${skills.filter((s) => s.labelNl).length} with a Dutch label), ` +
    `${count(relations.essential) + count(relations.optional)} relations (${count(relations.essential)} essential), ` +
    `${sectors.length} sectors; lexicon: ${lexicon.titles.length} titles, ${lexicon.skillPhrases.length} skill phrases, ` +
    `${certificates.length} certificates, ${region.length} regional occupations; ` +
    `${municipalities.length} municipalities, ${postcodes.length} PC4 areas (providers, courses and funding: build-routes.ts)`,
);
