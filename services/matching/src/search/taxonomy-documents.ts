import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';

/** Index ids may not hold `/` or `:`, so taxonomy documents use the UUID at the end of the ESCO URI. */
export const uriKey = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

export function skillDocuments(taxonomy: Taxonomy) {
  // By index, so the 123,855 relations make no strings.
  const popularity = new Int32Array(taxonomy.skills.length);
  taxonomy.occupations.forEach((_o, i) => {
    const rel = taxonomy.skillIndicesOf(i);
    for (const s of rel.essential) popularity[s]! += 2;
    for (const s of rel.optional) popularity[s]! += 1;
  });
  return taxonomy.skills.map((s, i) => ({
    id: uriKey(s.uri),
    uri: s.uri,
    labelNl: s.labelNl,
    synonymsNl: s.synonymsNl,
    labelEn: s.labelEn,
    altLabelsEn: s.altLabelsEn,
    popularity: popularity[i]!,
  }));
}

export function occupationDocuments(taxonomy: Taxonomy) {
  return taxonomy.occupations.map((o) => ({
    id: uriKey(o.uri),
    uri: o.uri,
    labelNl: o.labelNl,
    altLabelsNl: o.altLabelsNl,
    labelEn: o.labelEn,
    sector: o.sector,
  }));
}
