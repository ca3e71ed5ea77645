import type { Profile } from '@werkbrug/shared/schemas/profile';
import { z } from 'zod';
import { builder } from './builder.ts';
import { callerOf } from '../context.ts';
import { canSeeProfile } from '../auth/policy.ts';
import { OccupationType, SkillType, resolveSkills } from './taxonomy.ts';
import { FundingSchemeEnum } from './course.ts';
import { LanguageLevelEnum, ProfileInput, TargetGroupEnum, TravelModeEnum } from './profile-inputs.ts';
import { afterArg, firstArg, PageInfo } from './pagination.ts';

const OccupationHeldType = builder.objectRef<Profile['occupations'][number]>('OccupationHeld').implement({
  description: 'An occupation someone held.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    occupation: t.field({ type: OccupationType, nullable: true, description: 'The occupation.', resolve: (o, _a, ctx) => ctx.deps.taxonomy.occupationByUri.get(o.occupationUri) ?? null }),
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
    shareWithAdviser: t.exposeBoolean('shareWithAdviser', { description: 'The werkadviseur may see and use the profile.' }),
  }),
});

/** Personal data: visible to the person and their adviser only, wherever a profile appears. */
export const ProfileType = builder.objectRef<Profile>('Profile').implement({
  description: 'A jobseeker profile (pseudonymous). Only the person and their werkadviseur can see it.',
  authScopes: (profile, ctx) => canSeeProfile(ctx.viewer?.user, profile),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Pseudonymous id.' }),
    alias: t.exposeString('alias', { description: 'First name or nickname.' }),
    occupations: t.field({ type: [OccupationHeldType], description: 'Occupations held.', resolve: (p) => p.occupations }),
    skills: t.field({ type: [SkillType], description: 'Skills.', resolve: (p, _a, ctx) => resolveSkills(p.skills, ctx.deps.taxonomy.skillByUri) }),
    nlqfLevel: t.exposeInt('nlqfLevel', { description: 'Highest level, NLQF 1-8.' }),
    postcode: t.exposeString('postcode', { description: 'PC4 postcode.' }),
    travel: t.field({ type: TravelType, description: 'Travel mode and limit.', resolve: (p) => p.travel }),
    hoursMin: t.exposeInt('hoursMin', { description: 'Fewest hours wanted.' }),
    hoursMax: t.exposeInt('hoursMax', { description: 'Most hours wanted.' }),
    languages: t.field({ type: [LanguageType], description: 'Languages.', resolve: (p) => p.languages }),
    targetGroups: t.field({ type: [TargetGroupEnum], description: 'Facts the person shared.', resolve: (p) => p.targetGroups }),
    eligibleFunding: t.field({ type: [FundingSchemeEnum], description: 'Funding the person qualifies for.', resolve: (p) => p.eligibleFunding }),
    consent: t.field({ type: ConsentType, description: 'Consent switches.', resolve: (p) => p.consent }),
    hasAdviser: t.boolean({ description: 'Whether a werkadviseur guides this person.', resolve: (p) => p.adviserId !== null }),
    updatedAt: t.exposeString('updatedAt', { description: 'Last change (ISO 8601).' }),
  }),
});

const ProfileListType = builder.objectRef<{ items: Profile[]; totalCount: number; endCursor: string | null }>('ProfileList').implement({
  description: 'A page of profiles.',
  authScopes: { adviser: true },
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'How many in total.' }),
    items: t.field({ type: [ProfileType], description: 'This page.', resolve: (p) => p.items }),
    pageInfo: t.field({ type: PageInfo, description: 'Where this page ends.', resolve: (p) => ({ hasNextPage: p.endCursor !== null, endCursor: p.endCursor }) }),
  }),
});

const idArg = z.string().max(72);

builder.queryFields((t) => ({
  myProfile: t.field({
    type: ProfileType,
    nullable: true,
    description: 'The signed-in jobseeker’s own profile, or null when they have none yet.',
    authScopes: { jobseeker: true },
    resolve: (_r, _a, ctx) => ctx.useCases.profiles.mine(callerOf(ctx)),
  }),
  profile: t.field({
    type: ProfileType,
    description: 'One profile by id: for the person and their werkadviseur.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    // Checked in the use case as well as on the type, so a stranger learns nothing, not even that the id exists.
    resolve: (_r, args, ctx) => ctx.useCases.profiles.visible(callerOf(ctx), String(args.id)),
  }),
  caseload: t.field({
    type: ProfileListType,
    description: 'The people this werkadviseur guides (who share their profile with them).',
    authScopes: { adviser: true },
    args: { first: firstArg(t.arg, 50, 100), after: afterArg(t.arg) },
    resolve: (_r, args, ctx) => ctx.useCases.profiles.caseload(callerOf(ctx), { first: args.first ?? 50, after: args.after }),
  }),
}));

builder.mutationFields((t) => ({
  createProfile: t.field({
    type: ProfileType,
    description: 'A jobseeker creates their own profile, or a werkadviseur creates one for a person they guide.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { input: t.arg({ type: ProfileInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const { result, user } = await ctx.useCases.profiles.create(callerOf(ctx), input);
      // The rest of this request acts for the user with their new profile (the type checks that id).
      if (user) ctx.viewer = { user };
      return result;
    },
  }),
  updateProfile: t.field({
    type: ProfileType,
    description: 'Change a profile (the person, or their werkadviseur).',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }), input: t.arg({ type: ProfileInput, required: true }) },
    resolve: (_r, { id, input }, ctx) => ctx.useCases.profiles.update(callerOf(ctx), String(id), input),
  }),
  setConsent: t.field({
    type: ProfileType,
    description: 'The person turns their consent switches on or off.',
    authScopes: { jobseeker: true },
    args: {
      profileId: t.arg.id({ required: true, validate: idArg }),
      visibleToEmployers: t.arg.boolean({ required: true }),
      shareWithAdviser: t.arg.boolean({ required: true }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.profiles.setConsent(callerOf(ctx), String(args.profileId), {
        visibleToEmployers: args.visibleToEmployers,
        shareWithAdviser: args.shareWithAdviser,
      }),
  }),
  deleteProfile: t.boolean({
    description: 'Erase a profile: from the store, the search index, every shortlist and the logs. Cannot be undone.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, { id }, ctx) => {
      const { result, user } = await ctx.useCases.profiles.erase(callerOf(ctx), String(id));
      if (user) ctx.viewer = { user };
      return result;
    },
  }),
}));
