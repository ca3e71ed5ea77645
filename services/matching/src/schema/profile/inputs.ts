import {
  profileInputSchema,
  targetGroups,
  travelModes,
  cefrLevels,
  targetGroupLabelsNl,
  travelModeLabelsNl,
} from '@werkbrug/shared/schemas/profile';
import { enumValues } from '../enum-values.ts';
import { builder } from '../builder.ts';
import { CertificateKeyEnum } from '../taxonomy/certificate.ts';

export const TravelModeEnum = builder.enumType('TravelMode', {
  description: 'How someone travels to work.',
  values: enumValues(travelModes, (m) => travelModeLabelsNl[m]),
});

export const TargetGroupEnum = builder.enumType('TargetGroup', {
  description: 'A fact about their situation a person chooses to share because it opens doors (never lowers a score).',
  values: enumValues(targetGroups, (g) => targetGroupLabelsNl[g]),
});

export const LanguageLevelEnum = builder.enumType('LanguageLevel', {
  description: 'CEFR level, or mother tongue.',
  values: enumValues(cefrLevels, (l) => (l === 'moedertaal' ? 'Mother tongue.' : `CEFR level ${l}.`)),
});

const OccupationHeldInput = builder.inputType('OccupationHeldInput', {
  description: 'An occupation someone held, with years of experience.',
  fields: (t) => ({
    occupationUri: t.string({ required: true, description: 'ESCO occupation URI.' }),
    years: t.float({ required: true, description: 'Years of experience (0-50).' }),
  }),
});

const TravelInput = builder.inputType('TravelInput', {
  description: 'How far someone wants to travel.',
  fields: (t) => ({
    mode: t.field({ type: TravelModeEnum, required: true, description: 'Bike, car or public transport.' }),
    maxMinutes: t.int({ required: true, description: 'Longest trip, one way, in minutes (5-120).' }),
  }),
});

const LanguageInput = builder.inputType('LanguageInput', {
  description: 'A language and how well someone speaks it.',
  fields: (t) => ({
    language: t.string({ required: true, description: 'The language, e.g. `Nederlands`.' }),
    level: t.field({ type: LanguageLevelEnum, required: true, description: 'Level.' }),
  }),
});

const ConsentInput = builder.inputType('ConsentInput', {
  description: 'What the person allows.',
  fields: (t) => ({
    visibleToEmployers: t.boolean({ required: true, description: 'Employers may see a limited card of this profile.' }),
    shareWithAdviser: t.boolean({ required: true, description: 'The werkadviseur may see and use this profile.' }),
  }),
});

const WishesInput = builder.inputType('WishesInput', {
  description:
    'Where the person wants to go. Someone from a shrinking sector who has not said they want to stay is advised towards growing work; ruled-out occupations and sectors are never proposed.',
  fields: (t) => ({
    occupations: t.stringList({ required: false, description: 'ESCO occupation URIs aimed for (at most 10).' }),
    sectors: t.stringList({ required: false, description: 'Sector keys aimed for, e.g. `healthcare` (at most 10).' }),
    excludeOccupations: t.stringList({ required: false, description: 'ESCO occupation URIs ruled out (at most 20).' }),
    excludeSectors: t.stringList({ required: false, description: 'Sector keys ruled out (at most 20).' }),
    stayInField: t.boolean({
      required: false,
      description: 'true: wants to stay in their field; false: wants something else; null or left out: has not said.',
    }),
  }),
});

export const ProfileInput = builder.inputType('ProfileInput', {
  description: 'A jobseeker profile. No BSN and no health data: the product never asks for them.',
  fields: (t) => ({
    alias: t.string({ required: false, description: 'A first name or nickname (pseudonymous).' }),
    occupations: t.field({ type: [OccupationHeldInput], required: true, description: 'Occupations held.' }),
    skills: t.stringList({ required: true, description: 'ESCO skill URIs.' }),
    nlqfLevel: t.int({ required: true, description: 'Highest level reached, NLQF 1-8.' }),
    postcode: t.string({ required: true, description: 'Four-digit postcode (PC4), e.g. `2011`.' }),
    travel: t.field({ type: TravelInput, required: true, description: 'Travel mode and limit.' }),
    hoursMin: t.int({ required: true, description: 'Fewest hours per week wanted.' }),
    hoursMax: t.int({ required: true, description: 'Most hours per week wanted.' }),
    languages: t.field({ type: [LanguageInput], required: false, description: 'Languages spoken.' }),
    certificates: t.field({
      type: [CertificateKeyEnum],
      required: false,
      description: 'Certificates and licences held (VCA, heftruck, rijbewijs C, ...).',
    }),
    targetGroups: t.field({
      type: [TargetGroupEnum],
      required: false,
      description: 'Facts the person chooses to share.',
    }),
    consent: t.field({
      type: ConsentInput,
      required: false,
      description: 'Consent switches (default: adviser yes, employers no).',
    }),
    wishes: t.field({
      type: WishesInput,
      required: false,
      description: 'Where the person wants to go (left out: unchanged for a stored profile, none inline).',
    }),
  }),
  validate: profileInputSchema,
});
