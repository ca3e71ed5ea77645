import occupationsJson from '../data/occupations.json' with { type: 'json' };
import skillsJson from '../data/skills.json' with { type: 'json' };
import relationsJson from '../data/occupation-skills.json' with { type: 'json' };
import sectorsJson from '../data/sectors.json' with { type: 'json' };
import type { Occupation, Sector, SectorKey, Skill } from '../schemas/taxonomy.ts';
import { compactTaxonomy } from './compact.ts';

/**
 * The taxonomy the product ships with: all of ESCO ("This service uses the ESCO classification of the
 * European Commission"): 3,007 occupations with Dutch labels and a sector each, 13,896 skills (Dutch
 * labels written for the product where there are, `labelNl: null` elsewhere), the occupation-skill
 * relations and the regional sector outlook. Built by scripts/taxonomy/build.ts.
 */
export interface Taxonomy {
  occupations: readonly Occupation[];
  skills: readonly Skill[];
  sectors: readonly Sector[];
  occupationByUri: ReadonlyMap<string, Occupation>;
  skillByUri: ReadonlyMap<string, Skill>;
  sectorByKey: ReadonlyMap<SectorKey, Sector>;
  /** Position of an occupation in `occupations`. */
  occupationIndex: ReadonlyMap<string, number>;
  /** Position of a skill in `skills`. */
  skillIndex: ReadonlyMap<string, number>;
  /** Essential and optional skills per occupation URI. */
  skillsOf(occupationUri: string): { essential: readonly string[]; optional: readonly string[] };
  /** The same as indices into `skills`, by occupation index (no strings made). */
  skillIndicesOf(occupationIndex: number): { essential: readonly number[]; optional: readonly number[] };
}

let cached: Taxonomy | undefined;

export function loadTaxonomy(): Taxonomy {
  if (cached) return cached;
  const occupations = occupationsJson as Occupation[];
  const skills = skillsJson as Skill[];
  const sectors = sectorsJson as Sector[];
  compactTaxonomy(occupations, skills);
  // Skill indices, not URIs: 123,855 relations as small integers (see scripts/taxonomy/esco.ts).
  const relations = relationsJson as { essential: number[][]; optional: number[][] };
  const occupationIndex = new Map(occupations.map((o, i) => [o.uri, i]));
  const none = { essential: [], optional: [] };
  // URI lists are made on first use per occupation: most requests touch a few dozen occupations.
  const asUris = new Map<number, { essential: string[]; optional: string[] }>();
  const skillIndicesOf = (i: number) =>
    i >= 0 && i < occupations.length ? { essential: relations.essential[i]!, optional: relations.optional[i]! } : none;
  cached = {
    occupations,
    skills,
    sectors,
    occupationByUri: new Map(occupations.map((o) => [o.uri, o])),
    skillByUri: new Map(skills.map((s) => [s.uri, s])),
    sectorByKey: new Map(sectors.map((s) => [s.key, s])),
    occupationIndex,
    skillIndex: new Map(skills.map((s, i) => [s.uri, i])),
    skillIndicesOf,
    skillsOf: (uri) => {
      const i = occupationIndex.get(uri);
      if (i === undefined) return none;
      let list = asUris.get(i);
      if (!list) {
        const rel = skillIndicesOf(i);
        list = {
          essential: rel.essential.map((s) => skills[s]!.uri),
          optional: rel.optional.map((s) => skills[s]!.uri),
        };
        asUris.set(i, list);
      }
      return list;
    },
  };
  return cached;
}
