import {
  fundingKinds,
  fundingSituationLabelsNl,
  fundingSituations,
  type StoredFundingScheme,
} from '@werkbrug/shared/schemas/funding';
import { courseKinds } from '@werkbrug/shared/schemas/course';
import type { FundingUse } from '@werkbrug/shared/courses/funding-rules';
import { builder } from '../builder.ts';
import { enumValues } from '../enum-values.ts';

export const FundingSituationEnum = builder.enumType('FundingSituation', {
  description: 'A situation a funding scheme is meant for. It follows from what a person says about their situation.',
  values: enumValues(fundingSituations, (s) => `For ${fundingSituationLabelsNl[s]}.`),
});

export const FundingKindEnum = builder.enumType('FundingKind', {
  description: 'What kind of money a scheme is.',
  values: enumValues(fundingKinds, (k) => `A ${k}.`),
});

export const CourseKindEnum = builder.enumType('CourseKind', {
  description: 'Kind of course, with a documented duration range per kind.',
  values: enumValues(courseKinds, (k) => `Kind \`${k}\`.`),
});

export const FundingRoleEnum = builder.enumType('FundingRole', {
  description: 'How a scheme takes part in paying for a course.',
  values: {
    GRANT: { value: 'grant', description: 'Pays (part of) the price: lowers what you pay.' },
    LOAN: { value: 'loan', description: 'Money you can borrow and must pay back: never lowers the cost.' },
    EMPLOYER: { value: 'employer', description: 'Paid to the employer for a learn-work place: not to you.' },
    POSSIBLE: { value: 'possible', description: 'May help, but the amount is not known: check with your adviser.' },
  } as const,
});

type Caps = StoredFundingScheme['caps'];

const FundingCapsType = builder.objectRef<Caps>('FundingCaps').implement({
  description: 'How much a scheme pays at most. Null: no such limit.',
  authScopes: { public: true },
  fields: (t) => ({
    perPersonPerYear: t.exposeFloat('perPersonPerYear', {
      nullable: true,
      description: 'Euros per person per calendar year, for all courses that start in that year together.',
    }),
    perCourse: t.exposeFloat('perCourse', { nullable: true, description: 'Euros per course.' }),
    shareOfCost: t.exposeFloat('shareOfCost', { nullable: true, description: 'Share of the price (1 = all).' }),
    perPlacePerYear: t.exposeFloat('perPlacePerYear', {
      nullable: true,
      description: 'Euros per learn-work place per school year, paid to the employer.',
    }),
  }),
});

export const FundingSchemeType = builder.objectRef<StoredFundingScheme>('FundingScheme').implement({
  description:
    'A funding scheme as dated data: who may use it, for which courses, from when until when and how much. Ended schemes stay as history and are never offered for a course that starts after their end.',
  authScopes: { public: true },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `uwv-scholingsbudget-ww`.' }),
    nameNl: t.exposeString('nameNl', { description: 'Dutch name.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
    kind: t.field({ type: FundingKindEnum, description: 'What kind of money.', resolve: (s) => s.kind }),
    validFrom: t.exposeString('validFrom', { description: 'First start date it pays for (YYYY-MM-DD).' }),
    validUntil: t.exposeString('validUntil', {
      nullable: true,
      description: 'Last start date it pays for; null while it runs.',
    }),
    ended: t.boolean({
      description: 'True when the scheme has ended: history only.',
      resolve: (s) => s.status === 'ended',
    }),
    situations: t.field({
      type: [FundingSituationEnum],
      description: 'Who may use it.',
      resolve: (s) => s.who.situations,
    }),
    whoNote: t.string({
      nullable: true,
      description: 'More about who may use it, in Dutch.',
      resolve: (s) => s.who.other,
    }),
    ageMin: t.int({
      nullable: true,
      description: 'Lowest age the rules name. Shown only: Werkbrug never reads anyone’s age.',
      resolve: (s) => s.who.ageMin,
    }),
    ageMax: t.int({
      nullable: true,
      description: 'Highest age the rules name. Shown only: Werkbrug never reads anyone’s age.',
      resolve: (s) => s.who.ageMax,
    }),
    courseKinds: t.field({
      type: [CourseKindEnum],
      description: 'The kinds of course it pays for.',
      resolve: (s) => s.courses.kinds,
    }),
    requiresEmployer: t.boolean({
      description: 'Only when an employer takes part (a learn-work contract).',
      resolve: (s) => s.courses.requiresEmployer,
    }),
    requiresBbl: t.boolean({ description: 'Only for a BBL learn-work place.', resolve: (s) => s.courses.requiresBbl }),
    requiresShortageOccupation: t.boolean({
      description: 'Only towards an occupation with good prospects or with a job guarantee.',
      resolve: (s) => s.courses.requiresShortageOccupation,
    }),
    sectors: t.stringList({
      nullable: true,
      description: 'Only towards occupations in these sectors (sector funds); null in every sector.',
      resolve: (s) => s.courses.sectors,
    }),
    coursesNote: t.string({
      nullable: true,
      description: 'More about the courses it pays for, in Dutch.',
      resolve: (s) => s.courses.note,
    }),
    caps: t.field({ type: FundingCapsType, description: 'How much at most.', resolve: (s) => s.caps }),
    capsCombine: t.exposeString('capsCombine', {
      nullable: true,
      description: 'How the caps add up over a plan of several courses.',
    }),
    isLoan: t.exposeBoolean('isLoan', { description: 'A loan: shown as a loan, never as money off the price.' }),
    certain: t.boolean({ description: 'False when the rule is uncertain.', resolve: (s) => s.certainty === 'certain' }),
    uncertainNote: t.exposeString('uncertainNote', { nullable: true, description: 'What is uncertain (Dutch).' }),
    howToApply: t.exposeString('howToApply', { nullable: true, description: 'How to apply (Dutch).' }),
    sourceUrl: t.exposeString('sourceUrl', { nullable: true, description: 'Where the facts come from.' }),
    descriptionNl: t.exposeString('descriptionNl', { description: 'What it is, in plain Dutch (B1).' }),
    descriptionEn: t.exposeString('descriptionEn', { description: 'What it is, in English.' }),
    version: t.exposeInt('version', { description: '0 for the shipped version; one higher for each change.' }),
    updatedAt: t.exposeString('updatedAt', { nullable: true, description: 'When an admin last changed it.' }),
  }),
});

export const FundingUseType = builder.objectRef<FundingUse>('FundingUse').implement({
  description: 'One scheme’s part in paying for a course in a plan.',
  authScopes: { public: true },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The scheme’s key.' }),
    nameNl: t.exposeString('nameNl', { description: 'Dutch name of the scheme.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name of the scheme.' }),
    role: t.field({ type: FundingRoleEnum, description: 'How it takes part.', resolve: (f) => f.role }),
    amount: t.exposeFloat('amount', {
      description: 'Euros: for a grant what it pays; for a loan what you could borrow; 0 when unknown.',
    }),
    certain: t.exposeBoolean('certain', {
      description: 'False when the rule is uncertain: show "check bij je werkadviseur".',
    }),
    note: t.exposeString('note', { nullable: true, description: 'What is uncertain (Dutch).' }),
    scheme: t.field({
      type: FundingSchemeType,
      nullable: true,
      description: 'The whole scheme.',
      resolve: (f, _a, ctx) => ctx.deps.funding.get(f.key) ?? null,
    }),
  }),
});
