import { noWishes, type Profile } from '@werkbrug/shared/schemas/profile';
import { builder } from '../builder.ts';
import { canSeeProfile } from '../../auth/policy.ts';
import { OccupationType, SkillType, resolveSkills } from '../taxonomy/types.ts';
import { CertificateType } from '../taxonomy/certificate.ts';
import { LanguageLevelEnum, TargetGroupEnum, TravelModeEnum } from './inputs.ts';
import { PageInfo } from '../pagination.ts';
import { WishesType } from './wishes.ts';

const OccupationHeldType = builder.objectRef<Profile['occupations'][number]>('OccupationHeld').implement({
  description: 'An occupation someone held.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    occupation: t.field({
      type: OccupationType,
      nullable: true,
      description: 'The occupation.',
      resolve: (o, _a, ctx) => ctx.deps.taxonomy.occupationByUri.get(o.occupationUri) ?? null,
    }),
    years: t.exposeFloat('years', { description: 'Years of experience.' }),
  }),
});

const TravelType = builder.objectRef<Profile['travel']>('Travel').implement({
  description: 'Travel mode and limit.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    mode: t.field({ type: TravelModeEnum, description: 'Mode.', resolve: (x) => x.mode }),
    maxMinutes: t.exposeInt('maxMinutes', { description: 'Longest trip in minutes.' }),
  }),
});

const LanguageType = builder.objectRef<Profile['languages'][number]>('Language').implement({
  description: 'A language someone speaks.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    language: t.exposeString('language', { description: 'Language.' }),
    level: t.field({ type: LanguageLevelEnum, description: 'Level.', resolve: (x) => x.level }),
  }),
});

const ConsentType = builder.objectRef<Profile['consent']>('Consent').implement({
  description: 'What the person allows.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    visibleToEmployers: t.exposeBoolean('visibleToEmployers', { description: 'Employers may see a limited card.' }),
    shareWithAdviser: t.exposeBoolean('shareWithAdviser', {
      description: 'The werkadviseur may see and use the profile.',
    }),
  }),
});

/** Personal data: visible to the person and their adviser only, wherever a profile appears. */
export const ProfileType = builder.objectRef<Profile>('Profile').implement({
  description: 'A jobseeker profile (pseudonymous). Only the person and their werkadviseur can see it.',
  authScopes: (profile, ctx) => canSeeProfile(ctx.viewer?.user, profile),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Pseudonymous id.' }),
    alias: t.exposeString('alias', { description: 'First name or nickname.' }),
    occupations: t.field({
      type: [OccupationHeldType],
      description: 'Occupations held.',
      resolve: (p) => p.occupations,
    }),
    certificates: t.field({
      type: [CertificateType],
      description: 'Certificates and licences held.',
      resolve: (p) => p.certificates ?? [],
    }),
    skills: t.field({
      type: [SkillType],
      description: 'Skills.',
      resolve: (p, _a, ctx) => resolveSkills(p.skills, ctx.deps.taxonomy.skillByUri),
    }),
    nlqfLevel: t.exposeInt('nlqfLevel', { description: 'Highest level, NLQF 1-8.' }),
    postcode: t.exposeString('postcode', { description: 'PC4 postcode.' }),
    travel: t.field({ type: TravelType, description: 'Travel mode and limit.', resolve: (p) => p.travel }),
    hoursMin: t.exposeInt('hoursMin', { description: 'Fewest hours wanted.' }),
    hoursMax: t.exposeInt('hoursMax', { description: 'Most hours wanted.' }),
    languages: t.field({ type: [LanguageType], description: 'Languages.', resolve: (p) => p.languages }),
    targetGroups: t.field({
      type: [TargetGroupEnum],
      description: 'Facts the person shared.',
      resolve: (p) => p.targetGroups,
    }),
    consent: t.field({ type: ConsentType, description: 'Consent switches.', resolve: (p) => p.consent }),
    wishes: t.field({
      type: WishesType,
      description: 'Where the person wants to go.',
      resolve: (p) => p.wishes ?? noWishes,
    }),
    hasAdviser: t.boolean({
      description: 'Whether a werkadviseur guides this person.',
      resolve: (p) => p.adviserId !== null,
    }),
    updatedAt: t.exposeString('updatedAt', { description: 'Last change (ISO 8601).' }),
  }),
});

export const ProfileListType = builder
  .objectRef<{ items: Profile[]; totalCount: number; endCursor: string | null }>('ProfileList')
  .implement({
    description: 'A page of profiles.',
    authScopes: { adviser: true },
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount', { description: 'How many in total.' }),
      items: t.field({ type: [ProfileType], description: 'This page.', resolve: (p) => p.items }),
      pageInfo: t.field({
        type: PageInfo,
        description: 'Where this page ends.',
        resolve: (p) => ({ hasNextPage: p.endCursor !== null, endCursor: p.endCursor }),
      }),
    }),
  });
