import occupationsJson from '../data/occupations.json' with { type: 'json' };
import skillsJson from '../data/skills.json' with { type: 'json' };
import relationsJson from '../data/occupation-skills.json' with { type: 'json' };
import sectorsJson from '../data/sectors.json' with { type: 'json' };
import type { Occupation, Sector, SectorKey, Skill } from '../schemas/taxonomy.ts';

/**
 * The taxonomy the product ships with: ESCO occupations and skills of the region's sectors
 * ("This service uses the ESCO classification of the European Commission"), Dutch skill labels
 * written for the product, and the regional sector outlook.
 */
export interface Taxonomy {
  occupations: readonly Occupation[];
  skills: readonly Skill[];
  sectors: readonly Sector[];
  occupationByUri: ReadonlyMap<string, Occupation>;
  skillByUri: ReadonlyMap<string, Skill>;
  sectorByKey: ReadonlyMap<SectorKey, Sector>;
  /** Essential and optional skills per occupation URI. */
  skillsOf(occupationUri: string): { essential: readonly string[]; optional: readonly string[] };
}

let cached: Taxonomy | undefined;

export function loadTaxonomy(): Taxonomy {
  if (cached) return cached;
  const occupations = occupationsJson as Occupation[];
  const skills = skillsJson as Skill[];
  const sectors = sectorsJson as Sector[];
  const relations = relationsJson as Record<string, { essential: string[]; optional: string[] }>;
  const none = { essential: [], optional: [] };
  cached = {
    occupations,
    skills,
    sectors,
    occupationByUri: new Map(occupations.map((o) => [o.uri, o])),
    skillByUri: new Map(skills.map((s) => [s.uri, s])),
    sectorByKey: new Map(sectors.map((s) => [s.key, s])),
    skillsOf: (uri) => relations[uri] ?? none,
  };
  return cached;
}
