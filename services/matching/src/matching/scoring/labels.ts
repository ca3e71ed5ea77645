import { type CertificateKey, certificateNames } from '@werkbrug/shared/schemas/certificate';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { Model } from '../model/model.ts';
import type { SkillRef } from '../model/types.ts';
import type { Names } from './phrases.ts';

/** A skill index as URI plus Dutch label (English where none is written yet); unknown skills show their URI. */
export function skillRef(model: Model, index: number): SkillRef {
  const taxonomySkill = model.taxonomy.skills[index];
  const uri = model.catalog.skills.uri(index);
  return {
    uri,
    labelNl: taxonomySkill && taxonomySkill.uri === uri ? (taxonomySkill.labelNl ?? taxonomySkill.labelEn) : uri,
  };
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** A 0..1 score as 0..100 with one decimal: the number people see. */
export function toPoints(x: number): number {
  return Math.round(x * 1000) / 10;
}

/** A name inside a sentence: first letter small, unless the first word is an abbreviation (ICT). */
function inSentence(name: string): string {
  const first = name.split(/\s/)[0] ?? '';
  return first.length > 1 && first === first.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

/** Names for phrases: occupations and sectors from the taxonomy (live: an admin may rename), certificates. */
export function namesOf(model: Model): Names {
  const { taxonomy } = model;
  return {
    occupation(uri) {
      const o = taxonomy.occupationByUri.get(uri);
      return { nl: o?.labelNl ?? uri, en: o?.labelEn ?? uri };
    },
    sector(key) {
      const s = taxonomy.sectorByKey.get(key as SectorKey);
      return { nl: s ? inSentence(s.nameNl) : key, en: s ? inSentence(s.nameEn) : key };
    },
    certificate(key) {
      return certificateNames[key as CertificateKey] ?? { nl: key, en: key };
    },
  };
}
