import type { Skill } from '@werkbrug/shared/schemas/taxonomy';
import type { SkillRef } from '../../matching/model/types.ts';
import type { Context } from '../../context.ts';

/** A skill the engine refers to, as the taxonomy has it (or a minimal stand-in for a skill it does not know). */
export const skill = (ref: SkillRef, ctx: Context): Skill =>
  ctx.deps.taxonomy.skillByUri.get(ref.uri) ?? {
    uri: ref.uri,
    labelNl: ref.labelNl,
    labelEn: ref.labelNl,
    synonymsNl: [],
    altLabelsEn: [],
    type: 'skill',
    reuse: 'sector-specific',
    group: 'transversal',
  };
export const skills = (refs: readonly SkillRef[], ctx: Context) => refs.map((r) => skill(r, ctx));
