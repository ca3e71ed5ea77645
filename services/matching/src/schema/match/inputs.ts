import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { ContractTypeEnum } from '../vacancy/types.ts';
import { ProfileInput } from '../profile/inputs.ts';
import { MatchFitEnum } from './explanation.ts';

/** Free text is read against the whole taxonomy: a few short texts are plenty (http/request-cost.ts). */
const textList = z
  .array(z.string().trim().min(1).max(60, { message: 'Dit is te lang (hoogstens 60 tekens).' }))
  .max(15, { message: 'Geef hoogstens 15 woorden.' });

const TypedOccupationInput = builder.inputType('TypedOccupationInput', {
  description: 'An occupation as typed, with the years the person did it.',
  fields: (t) => ({
    text: t.string({
      required: true,
      description: 'As typed, e.g. `stewardess KLM`.',
      validate: z.string().trim().min(1).max(60, { message: 'Dit is te lang (hoogstens 60 tekens).' }),
    }),
    years: t.float({
      required: false,
      description: 'Years of experience (0-50); without it 2 years are counted.',
      validate: z.number().min(0, { message: 'Jaren: 0 of meer.' }).max(50, { message: 'Jaren: hoogstens 50.' }),
    }),
  }),
});

/** A profile given inline: the stored-profile fields, with free text allowed for what the taxonomy could not offer. */
export const MatchProfileInput = builder.inputType('MatchProfileInput', {
  description:
    'A profile given inline (for visitors without an account): taxonomy URIs and/or free text in Dutch or English.',
  fields: (t) => ({
    profile: t.field({
      type: ProfileInput,
      required: true,
      description: 'The profile (skills and occupations may be empty when text is given).',
    }),
    skillTexts: t.stringList({
      required: false,
      description: 'Skills as typed, e.g. `klantvriendelijk`, `first aid`.',
      validate: textList,
    }),
    occupationTexts: t.stringList({
      required: false,
      description:
        'Occupations as typed, e.g. `stewardess`; each counts as 2 years (use `typedOccupations` to give years).',
      validate: textList,
    }),
    typedOccupations: t.field({
      type: [TypedOccupationInput],
      required: false,
      description: 'Occupations as typed with years, e.g. `{ text: "stewardess KLM", years: 25 }`.',
      validate: z.array(z.unknown()).max(15, { message: 'Geef hoogstens 15 beroepen.' }),
    }),
  }),
});

export const MatchFilterInput = builder.inputType('MatchFilter', {
  description: 'Narrow the vacancies that are matched.',
  fields: (t) => ({
    sectors: t.stringList({
      required: false,
      description: 'Sector keys.',
      validate: z.array(z.enum(sectorKeys, { message: 'Deze sector kennen we niet.' })).max(14),
    }),
    contractTypes: t.field({ type: [ContractTypeEnum], required: false, description: 'Contract types.' }),
    minHours: t.int({
      required: false,
      description: 'The vacancy offers at least this many hours.',
      validate: z.number().int().min(0).max(60),
    }),
    garantiebaanOnly: t.boolean({ required: false, description: 'Only garantiebanen.' }),
    occupationUris: t.stringList({
      required: false,
      description: 'Only these occupations.',
      validate: z.array(z.string().max(200)).max(50),
    }),
    maxKm: t.int({
      required: false,
      description: 'At most this many km away (straight line), within the person’s own travel limit.',
      validate: z.number().int().min(1, { message: 'Kies minstens 1 km.' }).max(200),
    }),
    fit: t.field({
      type: MatchFitEnum,
      required: false,
      description: 'Only vacancies that fit now, or only those that fit after a course.',
    }),
  }),
});
