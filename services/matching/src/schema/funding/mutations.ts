import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { CourseKindEnum, FundingKindEnum, FundingSchemeType, FundingSituationEnum } from './types.ts';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';

const text = (max: number) => z.string().max(max);

const FundingWhoInput = builder.inputType('FundingWhoInput', {
  description: 'Who may use a scheme.',
  fields: (t) => ({
    situations: t.field({ type: [FundingSituationEnum], required: true, description: 'The situations it is for.' }),
    ageMin: t.int({ required: false, description: 'Lowest age the rules name (shown only, never read).' }),
    ageMax: t.int({ required: false, description: 'Highest age the rules name (shown only, never read).' }),
    note: t.string({ required: false, description: 'More about who, in Dutch.', validate: text(600) }),
  }),
});

const FundingCoursesInput = builder.inputType('FundingCoursesInput', {
  description: 'Which courses a scheme pays for.',
  fields: (t) => ({
    kinds: t.field({ type: [CourseKindEnum], required: true, description: 'Kinds of course.' }),
    requiresShortageOccupation: t.boolean({ required: true, description: 'Only towards a kansrijk beroep.' }),
    requiresEmployer: t.boolean({ required: true, description: 'Only with an employer in the route.' }),
    requiresBbl: t.boolean({ required: true, description: 'Only for a BBL learn-work place.' }),
    sectors: t.stringList({
      required: false,
      description: 'Only towards occupations in these sectors (sector keys); leave out for every sector.',
      validate: z.array(z.enum(sectorKeys, { message: 'Deze sector kennen we niet.' })).max(40),
    }),
    note: t.string({ required: false, description: 'More about the courses, in Dutch.', validate: text(600) }),
  }),
});

const FundingCapsInput = builder.inputType('FundingCapsInput', {
  description: 'How much a scheme pays at most; leave a cap out when there is none.',
  fields: (t) => ({
    perPersonPerYear: t.float({ required: false, description: 'Euros per person per calendar year.' }),
    perCourse: t.float({ required: false, description: 'Euros per course.' }),
    shareOfCost: t.float({ required: false, description: 'Share of the price, 0 to 1.' }),
    perPlacePerYear: t.float({
      required: false,
      description: 'Euros per learn-work place per year (to the employer).',
    }),
  }),
});

const FundingSchemeInput = builder.inputType('FundingSchemeInput', {
  description: 'A funding scheme as an admin enters it. Saving a known key replaces that scheme.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'Stable key: lower case letters, digits and dashes.',
      validate: text(60),
    }),
    nameNl: t.string({ required: true, description: 'Dutch name.', validate: text(120) }),
    nameEn: t.string({ required: true, description: 'English name.', validate: text(120) }),
    kind: t.field({ type: FundingKindEnum, required: true, description: 'What kind of money.' }),
    validFrom: t.string({
      required: true,
      description: 'First start date it pays for (YYYY-MM-DD).',
      validate: text(10),
    }),
    validUntil: t.string({ required: false, description: 'Last start date it pays for.', validate: text(10) }),
    ended: t.boolean({ required: true, description: 'True when the scheme has ended.' }),
    who: t.field({ type: FundingWhoInput, required: true, description: 'Who may use it.' }),
    courses: t.field({ type: FundingCoursesInput, required: true, description: 'Which courses.' }),
    caps: t.field({ type: FundingCapsInput, required: true, description: 'How much at most.' }),
    capsCombine: t.string({ required: false, description: 'How the caps add up over a plan.', validate: text(600) }),
    isLoan: t.boolean({ required: true, description: 'A loan (paid back).' }),
    certain: t.boolean({ required: true, description: 'False when the rule is uncertain.' }),
    uncertainNote: t.string({ required: false, description: 'What is uncertain, in Dutch.', validate: text(600) }),
    howToApply: t.string({ required: false, description: 'How to apply, in Dutch.', validate: text(800) }),
    sourceUrl: t.string({ required: false, description: 'Where the facts come from.', validate: text(500) }),
    descriptionNl: t.string({ required: true, description: 'What it is, in plain Dutch.', validate: text(1000) }),
    descriptionEn: t.string({ required: true, description: 'What it is, in English.', validate: text(1000) }),
  }),
});

builder.mutationFields((t) => ({
  setFundingScheme: t.field({
    type: FundingSchemeType,
    description:
      'Change or add a funding scheme (admins). Routes use it at once; course search follows within seconds. Recorded in the audit log.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: FundingSchemeInput, required: true, description: 'The scheme.' }) },
    resolve: (_r, { input }, ctx) =>
      ctx.useCases.fundingSchemes.set(callerOf(ctx), {
        key: input.key,
        nameNl: input.nameNl,
        nameEn: input.nameEn,
        kind: input.kind,
        validFrom: input.validFrom,
        validUntil: input.validUntil ?? null,
        status: input.ended ? 'ended' : 'active',
        who: {
          situations: input.who.situations,
          ageMin: input.who.ageMin ?? null,
          ageMax: input.who.ageMax ?? null,
          other: input.who.note ?? null,
        },
        courses: {
          kinds: input.courses.kinds,
          requiresShortageOccupation: input.courses.requiresShortageOccupation,
          requiresEmployer: input.courses.requiresEmployer,
          requiresBbl: input.courses.requiresBbl,
          sectors: input.courses.sectors?.length ? input.courses.sectors : null,
          note: input.courses.note ?? null,
        },
        caps: {
          perPersonPerYear: input.caps.perPersonPerYear ?? null,
          perCourse: input.caps.perCourse ?? null,
          shareOfCost: input.caps.shareOfCost ?? null,
          perPlacePerYear: input.caps.perPlacePerYear ?? null,
        },
        capsCombine: input.capsCombine ?? null,
        isLoan: input.isLoan,
        certainty: input.certain ? 'certain' : 'uncertain',
        uncertainNote: input.uncertainNote ?? null,
        howToApply: input.howToApply ?? null,
        sourceUrl: input.sourceUrl ?? null,
        descriptionNl: input.descriptionNl,
        descriptionEn: input.descriptionEn,
      }),
  }),
}));
