import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { FundingSchemeData } from '@werkbrug/shared/schemas/funding';
import { shippedFundingSchemes } from '@werkbrug/shared/courses/funding-schemes';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import type { Catalog } from './catalog.ts';
import type { TaxonomyLookup } from './types.ts';
import { buildRelatedness, type Relatedness } from './relatedness.ts';
import { buildTransitions, type Transitions } from './transitions.ts';
import { outlookValue } from '../weights.ts';

/** Everything the scoring needs besides the person: the catalog and what is precomputed once. */
export interface Model {
  readonly taxonomy: Taxonomy;
  readonly catalog: Catalog;
  readonly lookup: TaxonomyLookup;
  readonly relatedness: Relatedness;
  readonly transitions: Transitions;
  /** Outlook value per sector index (order of `sectorKeys`). */
  readonly outlookBySector: Float64Array;
  /** Essential skills of each occupation (taxonomy order) as skill indices. */
  readonly occupationEssentials: readonly (readonly number[])[];
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
    pre = { relatedness, transitions: buildTransitions(taxonomy, relatedness) };
    precomputed.set(taxonomy, pre);
  }
  // SkillIndex numbers taxonomy skills in taxonomy order, so the relations' skill indices are its ids.
  const occupationEssentials = taxonomy.occupations.map((_o, i) => taxonomy.skillIndicesOf(i).essential);
  return {
    taxonomy,
    catalog,
    lookup,
    ...pre,
    // Read on every match (14 numbers), so an admin's change of a sector's outlook counts at once.
    get outlookBySector() {
      const values = new Float64Array(sectorKeys.length).fill(outlookValue.stable);
      sectorKeys.forEach((key, i) => {
        const outlook = taxonomy.sectorByKey.get(key)?.outlook;
        if (outlook) values[i] = outlookValue[outlook];
      });
      return values;
    },
    occupationEssentials,
    fundingSchemes,
  };
}
