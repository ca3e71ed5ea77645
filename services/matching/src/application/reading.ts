import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { type CertificateKey, certificateNames } from '@werkbrug/shared/schemas/certificate';
import { skillDisplay } from '@werkbrug/shared/schemas/taxonomy';
import type { ResolutionSuggestion, TaxonomyLookup } from '../matching/model/types.ts';
import { certificatePrefix } from '../matching/profile/reader/skill-reader.ts';

/**
 * One typed item read on its own, for the profile builder: read (add it), or unread with ranked
 * suggestions the person picks from ("Bedoel je ...?"). Certificates come back as `certificate:<key>`.
 */
export interface TextReading {
  text: string;
  read: ResolutionSuggestion | null;
  kind: 'occupation' | 'skill' | 'certificate' | null;
  suggestions: ResolutionSuggestion[];
}

export function readTyped(
  reader: TaxonomyLookup,
  taxonomy: Taxonomy,
  kind: 'occupation' | 'skill',
  text: string,
): TextReading {
  const label = (uri: string): { labelNl: string; lang: 'nl' | 'en' } => {
    if (uri.startsWith(certificatePrefix))
      return {
        labelNl: certificateNames[uri.slice(certificatePrefix.length) as CertificateKey]?.nl ?? uri,
        lang: 'nl',
      };
    const skill = taxonomy.skillByUri.get(uri);
    if (skill) {
      const d = skillDisplay(skill);
      return { labelNl: d.label, lang: d.lang };
    }
    return { labelNl: taxonomy.occupationByUri.get(uri)?.labelNl ?? uri, lang: 'nl' };
  };
  const item = (uri: string, score: number): ResolutionSuggestion => ({ uri, score, ...label(uri) });
  let r = kind === 'occupation' ? reader.title(text) : reader.skill(text);
  // A certificate typed where a job was asked for ("heftruckcertificaat") is still a certificate.
  if (kind === 'occupation' && r.status === 'unread') {
    const asSkill = reader.skill(text);
    if (asSkill.status === 'read' && asSkill.kind === 'certificate') r = asSkill;
  }
  if (r.status === 'unread')
    return { text, read: null, kind: null, suggestions: r.suggestions.map((s) => item(s.uri, s.score)) };
  const uri = r.kind === 'certificate' ? `${certificatePrefix}${r.key}` : r.uri;
  return { text, read: item(uri, r.score), kind: r.kind, suggestions: [] };
}
