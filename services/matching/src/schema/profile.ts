import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { ProfileInput as ProfileInputShape } from '@werkbrug/shared/schemas/profile';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { builder } from './builder.ts';
import type { Context } from '../context.ts';
import { canChangeConsent, canEditProfile, canSeeProfile } from '../auth/policy.ts';
import { forbidden, invalidInput, notFound } from '../errors.ts';
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

/** Taxonomy ids must exist; the shared schema only checks their form. */
export function assertKnownTaxonomy(ctx: Context, input: Pick<ProfileInputShape, 'skills' | 'occupations'>): void {
  const problems = [
    ...input.skills.flatMap((uri, i) => (ctx.deps.taxonomy.skillByUri.has(uri) ? [] : [{ path: `skills.${i}`, message: 'Deze vaardigheid kennen we niet.' }])),
    ...input.occupations.flatMap((o, i) =>
      ctx.deps.taxonomy.occupationByUri.has(o.occupationUri) ? [] : [{ path: `occupations.${i}.occupationUri`, message: 'Dit beroep kennen we niet.' }],
    ),
  ];
  if (problems.length) throw invalidInput(problems);
}

export async function loadProfile(ctx: Context, id: string): Promise<Profile> {
  const profile = await ctx.deps.store.profiles.get(id);
  if (!profile) throw notFound('Dit profiel');
  return profile;
}

function fromInput(input: ProfileInputShape, base: Partial<Profile>): Omit<Profile, 'id' | 'userId' | 'adviserId' | 'demo' | 'version' | 'updatedAt'> {
  return {
    alias: input.alias ?? base.alias ?? 'Werkzoekende',
    occupations: input.occupations,
    skills: [...new Set(input.skills)],
    nlqfLevel: input.nlqfLevel,
    postcode: input.postcode,
    travel: input.travel,
    hoursMin: input.hoursMin,
    hoursMax: input.hoursMax,
    languages: input.languages ?? base.languages ?? [],
    targetGroups: input.targetGroups ?? base.targetGroups ?? [],
    eligibleFunding: input.eligibleFunding ?? base.eligibleFunding ?? ['nl-leert-door', 'stap'],
    consent: input.consent ?? base.consent ?? { visibleToEmployers: false, shareWithAdviser: true },
    demographics: base.demographics ?? { birthYear: null, gender: null, nationality: null },
  };
}

const idArg = z.string().max(72);

builder.queryFields((t) => ({
  myProfile: t.field({
    type: ProfileType,
    nullable: true,
    description: 'The signed-in jobseeker’s own profile, or null when they have none yet.',
    authScopes: { jobseeker: true },
    resolve: async (_r, _a, ctx) => (ctx.viewer?.user.profileId ? ctx.deps.store.profiles.get(ctx.viewer.user.profileId) : null),
  }),
  profile: t.field({
    type: ProfileType,
    description: 'One profile by id: for the person and their werkadviseur.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, args, ctx) => {
      const profile = await loadProfile(ctx, String(args.id));
      // Checked here as well as on the type, so a stranger learns nothing, not even that the id exists.
      if (!canSeeProfile(ctx.viewer?.user, profile)) throw forbidden();
      return profile;
    },
  }),
  caseload: t.field({
    type: ProfileListType,
    description: 'The people this werkadviseur guides (who share their profile with them).',
    authScopes: { adviser: true },
    args: { first: firstArg(t.arg, 50, 100), after: afterArg(t.arg) },
    resolve: async (_r, args, ctx) => {
      const page = await ctx.deps.store.profiles.list({ adviserId: ctx.viewer!.user.id }, { first: args.first ?? 50, after: args.after });
      return { ...page, items: page.items.filter((p) => p.consent.shareWithAdviser) };
    },
  }),
}));

builder.mutationFields((t) => ({
  createProfile: t.field({
    type: ProfileType,
    description: 'A jobseeker creates their own profile, or a werkadviseur creates one for a person they guide.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { input: t.arg({ type: ProfileInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      const user = ctx.viewer!.user;
      assertKnownTaxonomy(ctx, input);
      if (user.role === 'jobseeker' && user.profileId) throw invalidInput([], 'Je hebt al een profiel. Pas dat profiel aan.');
      const profile: Profile = {
        ...fromInput(input, {}),
        id: `prf_${randomBytes(9).toString('base64url')}`,
        userId: user.role === 'jobseeker' ? user.id : null,
        adviserId: user.role === 'adviser' ? user.id : null,
        demo: false,
        version: 0,
        updatedAt: new Date().toISOString(),
      };
      const saved = await ctx.deps.store.profiles.save(profile, ctx.actor);
      if (user.role === 'jobseeker') {
        const stored = await ctx.deps.store.users.findByEmail(user.email);
        if (stored) await ctx.deps.store.users.save({ ...stored, profileId: saved.id }, ctx.actor);
        ctx.viewer = { user: { ...user, profileId: saved.id } };
      }
      return saved;
    },
  }),
  updateProfile: t.field({
    type: ProfileType,
    description: 'Change a profile (the person, or their werkadviseur).',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }), input: t.arg({ type: ProfileInput, required: true }) },
    resolve: async (_r, { id, input }, ctx) => {
      const current = await loadProfile(ctx, String(id));
      if (!canEditProfile(ctx.viewer?.user, current)) throw forbidden();
      assertKnownTaxonomy(ctx, input);
      // Consent is the person's own decision: an adviser's update keeps it as it was.
      const next = fromInput(input, current);
      if (!canChangeConsent(ctx.viewer?.user, current)) next.consent = current.consent;
      return ctx.deps.store.profiles.save({ ...current, ...next }, ctx.actor);
    },
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
    resolve: async (_r, args, ctx) => {
      const current = await loadProfile(ctx, String(args.profileId));
      if (!canChangeConsent(ctx.viewer?.user, current)) throw forbidden();
      return ctx.deps.store.profiles.save({ ...current, consent: { visibleToEmployers: args.visibleToEmployers, shareWithAdviser: args.shareWithAdviser } }, ctx.actor);
    },
  }),
  deleteProfile: t.boolean({
    description: 'Erase a profile: from the store, the search index, every shortlist and the logs. Cannot be undone.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, { id }, ctx) => {
      const current = await loadProfile(ctx, String(id));
      if (!canEditProfile(ctx.viewer?.user, current)) throw forbidden();
      const erased = await ctx.deps.store.profiles.erase(current.id, { userId: null, requestId: ctx.requestId });
      ctx.deps.indexer.wake();
      if (ctx.viewer?.user.profileId === current.id) ctx.viewer = { user: { ...ctx.viewer.user, profileId: null } };
      return erased;
    },
  }),
}));
