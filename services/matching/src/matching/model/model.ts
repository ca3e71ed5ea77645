import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { FundingSchemeData } from '@werkbrug/shared/schemas/funding';
import { shippedFundingSchemes } from '@werkbrug/shared/courses/funding-schemes';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import type { Catalog } from './catalog.ts';
import type { TaxonomyLookup } from './types.ts';
import { buildRelatedness, type Relatedness } from './relatedness.ts';
import { createTransitions, type Transitions } from './transitions.ts';

/** Everything the scoring needs besides the person: the catalog and what is precomputed once. */
export interface Model {
  readonly taxonomy: Taxonomy;
  readonly catalog: Catalog;
  readonly lookup: TaxonomyLookup;
  readonly relatedness: Relatedness;
  readonly transitions: Transitions;
  /** Essential skills of each occupation (taxonomy order) as skill indices. */
  readonly occupationEssentials: readonly (readonly number[])[];
  /** Sector index (order of `sectorKeys`) of each occupation (taxonomy order). */
  readonly occupationSector: Uint8Array;
  /** Occupation index by URI. */
  readonly occupationIndex: ReadonlyMap<string, number>;
  /** The funding schemes as they are now (admins change them): read on every route. */
  readonly fundingSchemes: () => readonly FundingSchemeData[];
}

// Relatedness and transitions depend only on the taxonomy; tests and the service share one copy.
const precomputed = new WeakMap<Taxonomy, { relatedness: Relatedness; transitions: Transitions }>();

export function createModel(
  taxonomy: Taxonomy,
  catalog: Catalog,
  lookup: TaxonomyLookup,
  fundingSchemes: () => readonly FundingSchemeData[] = () => shippedFundingSchemes,
): Model {
  let pre = precomputed.get(taxonomy);
  if (!pre) {
    const relatedness = buildRelatedness(taxonomy);
    pre = { relatedness, transitions: createTransitions(taxonomy, relatedness) };
    precomputed.set(taxonomy, pre);
  }
  // SkillIndex numbers taxonomy skills in taxonomy order, so the relations' skill indices are its ids.
  const occupationEssentials = taxonomy.occupations.map((_o, i) => taxonomy.skillIndicesOf(i).essential);
  const occupationSector = Uint8Array.from(taxonomy.occupations, (o) => Math.max(0, sectorKeys.indexOf(o.sector)));
  const occupationIndex = new Map(taxonomy.occupations.map((o, i) => [o.uri, i]));
  return {
    taxonomy,
    catalog,
    lookup,
    ...pre,
    occupationEssentials,
    occupationSector,
    occupationIndex,
    fundingSchemes,
  };
}
