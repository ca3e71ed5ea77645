import type { Settings } from 'meilisearch';
import type { IndexDefinition } from '../settings.ts';
import { dutchSynonyms } from '../synonyms.ts';

/** Meilisearch synonyms are one-way lists; our groups are mutual, so each member lists the others. */
export function meiliSynonyms(groups: string[][]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) map[word] = [...new Set([...(map[word] ?? []), ...group.filter((w) => w !== word)])];
  }
  return map;
}

/** Index settings derived from the shared definition, so both engines search the same fields the same way. */
export function meiliSettings(def: IndexDefinition): Settings {
  return {
    searchableAttributes: [...def.searchable].sort((a, b) => b.weight - a.weight).map((s) => s.field),
    filterableAttributes: [...def.filterable.map((f) => f.field), ...(def.geo ? ['_geo'] : [])],
    sortableAttributes: [...def.sortable, ...(def.geo ? ['_geo'] : [])],
    // Sort first when a query asks for it, as the embedded engine does; otherwise Meilisearch's defaults.
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms: meiliSynonyms(dutchSynonyms),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 200_000 },
  };
}
