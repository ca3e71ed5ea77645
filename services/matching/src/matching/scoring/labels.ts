import type { Model } from '../model/model.ts';
import type { SkillRef } from '../model/types.ts';

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
