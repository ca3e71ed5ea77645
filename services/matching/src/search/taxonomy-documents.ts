import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';

/** Index ids may not hold `/` or `:`, so taxonomy documents use the UUID at the end of the ESCO URI. */
export const uriKey = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

export function skillDocuments(taxonomy: Taxonomy) {
  const popularity = new Map<string, number>();
  for (const o of taxonomy.occupations) {
    const rel = taxonomy.skillsOf(o.uri);
    for (const s of rel.essential) popularity.set(s, (popularity.get(s) ?? 0) + 2);
    for (const s of rel.optional) popularity.set(s, (popularity.get(s) ?? 0) + 1);
  }
  return taxonomy.skills.map((s) => ({
    id: uriKey(s.uri),
    uri: s.uri,
    labelNl: s.labelNl,
    synonymsNl: s.synonymsNl,
    labelEn: s.labelEn,
    altLabelsEn: s.altLabelsEn,
    popularity: popularity.get(s.uri) ?? 0,
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
