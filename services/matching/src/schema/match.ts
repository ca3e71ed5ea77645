import type { Profile } from '@werkbrug/shared/schemas/profile';
import { profileInputSchema } from '@werkbrug/shared/schemas/profile';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import { z } from 'zod';
import { builder } from './builder.ts';
import type { Context } from '../context.ts';
import type { ProfileLike, VacancyMatch } from '../matching/model/types.ts';
import type { ProfileMatch } from '../matching/scoring/match-profiles.ts';
import { canSeeCandidate, canSeeProfile, ownsVacancy } from '../auth/policy.ts';
import { disabled, forbidden, invalidInput, notFound, unauthenticated } from '../errors.ts';
import { ContractTypeEnum } from './vacancy.ts';
import { SkillType, resolveSkills } from './taxonomy.ts';
import { ProfileInput } from './profile-inputs.ts';
import { firstArg } from './pagination.ts';
import { adviceNotice, CareerPathType, CourseMatchesType, ExplanationType, ResolutionType, VacancyMatchType } from './match-types.ts';
import type { ResolutionReport } from '../matching/model/types.ts';
import type { CareerPath } from '../matching/routes/career-paths.ts';

const textList = z.array(z.string().trim().min(1).max(100, { message: 'Dit is te lang (hoogstens 100 tekens).' })).max(30, { message: 'Geef hoogstens 30 woorden.' });

/** A profile given inline: the stored-profile fields, with free text allowed for what the taxonomy could not offer. */
const MatchProfileInput = builder.inputType('MatchProfileInput', {
  description: 'A profile given inline (for visitors without an account): taxonomy URIs and/or free text in Dutch or English.',
  fields: (t) => ({
    profile: t.field({ type: ProfileInput, required: true, description: 'The profile (skills and occupations may be empty when text is given).' }),
    skillTexts: t.stringList({ required: false, description: 'Skills as typed, e.g. `klantvriendelijk`, `first aid`.', validate: textList }),
    occupationTexts: t.stringList({ required: false, description: 'Occupations as typed, e.g. `stewardess`.', validate: textList }),
  }),
});

const MatchFilterInput = builder.inputType('MatchFilter', {
  description: 'Narrow the vacancies that are matched.',
  fields: (t) => ({
    sectors: t.stringList({ required: false, description: 'Sector keys.', validate: z.array(z.enum(sectorKeys, { message: 'Deze sector kennen we niet.' })).max(14) }),
    contractTypes: t.field({ type: [ContractTypeEnum], required: false, description: 'Contract types.' }),
    minHours: t.int({ required: false, description: 'The vacancy offers at least this many hours.', validate: z.number().int().min(0).max(60) }),
    garantiebaanOnly: t.boolean({ required: false, description: 'Only garantiebanen.' }),
    occupationUris: t.stringList({ required: false, description: 'Only these occupations.', validate: z.array(z.string().max(200)).max(50) }),
  }),
});

interface MatchResult {
  total: number;
  matches: VacancyMatch[];
  resolution: ResolutionReport;
}

const VacancyMatchesType = builder.objectRef<MatchResult>('VacancyMatches').implement({
  description: 'Vacancies that fit a person, best first, with reasons. Advice only: a person decides.',
  authScopes: { public: true },
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Vacancies that passed the hard filters (open, in reach, enough hours) and were scored.' }),
    matches: t.field({ type: [VacancyMatchType], description: 'Best matches first.', resolve: (r) => r.matches }),
    resolution: t.field({ type: ResolutionType, description: 'How free text in the profile was read.', resolve: (r) => r.resolution }),
    notice: t.string({ description: 'Advice notice to show next to every score.', resolve: () => adviceNotice }),
  }),
});

const CareerPathsType = builder.objectRef<{ paths: CareerPath[]; resolution: ResolutionReport }>('CareerPaths').implement({
  description: 'Occupations the person could move to, ranked by similarity × outlook × open vacancies in the region.',
  authScopes: { public: true },
  fields: (t) => ({
    paths: t.field({ type: [CareerPathType], description: 'Best first.', resolve: (r) => r.paths }),
    resolution: t.field({ type: ResolutionType, description: 'How free text in the profile was read.', resolve: (r) => r.resolution }),
    notice: t.string({ description: 'Advice notice.', resolve: () => adviceNotice }),
  }),
});

interface CandidateCard extends ProfileMatch {
  profile: Profile;
}

/** What an employer may see of a person who chose to be visible: no name, no contact, no demographics. */
const CandidateType = builder.objectRef<CandidateCard>('Candidate').implement({
  description: 'A person who fits a vacancy and chose to be visible to employers: a limited card, never contact details.',
  authScopes: (c, ctx) => canSeeCandidate(ctx.viewer?.user, c.profile),
  fields: (t) => ({
    candidateId: t.string({ description: 'A stable reference for this candidate and vacancy (not the profile id).', resolve: (c) => `kan_${c.profileId.slice(-8)}` }),
    score: t.exposeFloat('score', { description: 'Fit, 0..100.' }),
    explanation: t.field({ type: ExplanationType, description: 'Why.', resolve: (c) => c.explanation }),
    nlqfLevel: t.int({ description: 'Level, NLQF 1-8.', resolve: (c) => c.profile.nlqfLevel }),
    skills: t.field({ type: [SkillType], description: 'Skills.', resolve: (c, _a, ctx) => resolveSkills(c.profile.skills, ctx.deps.taxonomy.skillByUri) }),
    hoursMin: t.int({ description: 'Fewest hours wanted.', resolve: (c) => c.profile.hoursMin }),
    hoursMax: t.int({ description: 'Most hours wanted.', resolve: (c) => c.profile.hoursMax }),
  }),
});

const CandidatesType = builder.objectRef<{ visible: CandidateCard[]; hiddenCount: number }>('Candidates').implement({
  description: 'People who fit a vacancy: cards of those who agreed to be visible, and only a count of the others.',
  authScopes: { employer: true },
  fields: (t) => ({
    candidates: t.field({ type: [CandidateType], description: 'Visible candidates, best first.', resolve: (r) => r.visible }),
    hiddenCount: t.exposeInt('hiddenCount', { description: 'People who would fit but did not agree to be visible: only counted.' }),
    notice: t.string({ description: 'Advice notice.', resolve: () => adviceNotice }),
  }),
});

function assertEnabled(ctx: Context): void {
  if (!ctx.deps.config.MATCHING_ENABLED) {
    throw disabled('Automatisch matchen staat tijdelijk uit. Zoeken werkt wel. Je werkadviseur kan je verder helpen.');
  }
}

/** The profile to match: a stored one the viewer may see, or one given inline. Exactly one of the two. */
async function profileFor(ctx: Context, args: { profileId?: string | number | null; profile?: { profile: unknown; skillTexts?: string[] | null; occupationTexts?: string[] | null } | null }): Promise<ProfileLike> {
  assertEnabled(ctx);
  if ((args.profileId == null) === (args.profile == null)) {
    throw invalidInput([{ path: 'profileId', message: 'Geef een profiel op: een bestaand profiel of een nieuw profiel, niet allebei.' }]);
  }
  if (args.profileId != null) {
    const stored = await ctx.deps.store.profiles.get(String(args.profileId));
    if (!stored) throw notFound('Dit profiel');
    if (!canSeeProfile(ctx.viewer?.user, stored)) throw ctx.viewer ? forbidden() : unauthenticated();
    return stored;
  }
  const parsed = profileInputSchema.parse(args.profile!.profile);
  return { ...parsed, skillTexts: args.profile!.skillTexts ?? [], occupationTexts: args.profile!.occupationTexts ?? [] };
}

const timed = <T>(ctx: Context, kind: string, run: () => T): T => {
  const started = performance.now();
  try {
    return run();
  } finally {
    ctx.metrics.observeMatch(kind, (performance.now() - started) / 1000);
  }
};

const profileArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  profileId: t.arg.id({ required: false, description: 'A stored profile (the person themselves or their werkadviseur).', validate: z.string().max(72) }),
  profile: t.arg({ type: MatchProfileInput, required: false, description: 'Or a profile given inline (no account needed).' }),
});

builder.queryFields((t) => ({
  matchVacancies: t.field({
    type: VacancyMatchesType,
    description: 'Vacancies that fit a person now, and after which courses: scores 0..100 with every reason. Advice only.',
    authScopes: { public: true },
    args: {
      ...profileArgs(t),
      query: t.arg.string({ required: false, description: 'Optional search words; matches must also fit them.', validate: z.string().max(200) }),
      filter: t.arg({ type: MatchFilterInput, required: false, description: 'Filters.' }),
      first: firstArg(t.arg, 20, 100),
    },
    resolve: async (_r, args, ctx) => {
      const profile = await profileFor(ctx, args);
      let textScores: Map<string, number> | undefined;
      if (args.query?.trim()) {
        const page = await ctx.deps.search.searchVacancies({ text: args.query.trim(), offset: 0, limit: 1000 });
        textScores = new Map(page.hits.map((h) => [h.id, h.score]));
      }
      const filter = args.filter
        ? {
            sectors: args.filter.sectors ?? undefined,
            contractTypes: args.filter.contractTypes ?? undefined,
            minHours: args.filter.minHours ?? undefined,
            garantiebaanOnly: args.filter.garantiebaanOnly ?? undefined,
            occupationUris: args.filter.occupationUris ?? undefined,
          }
        : undefined;
      return timed(ctx, 'vacancies', () => ctx.deps.matching.matchVacancies(profile, { filter: filter as never, textScores, first: args.first ?? 20 }));
    },
  }),
  matchCourses: t.field({
    type: CourseMatchesType,
    description: 'Courses that close a person’s gaps: for one vacancy, one occupation, or their best matches.',
    authScopes: { public: true },
    args: {
      ...profileArgs(t),
      vacancyId: t.arg.id({ required: false, description: 'Courses towards this vacancy.', validate: z.string().max(72) }),
      occupationUri: t.arg.string({ required: false, description: 'Courses towards this occupation.', validate: z.string().max(200) }),
      first: firstArg(t.arg, 10, 50),
    },
    resolve: async (_r, args, ctx) => {
      const profile = await profileFor(ctx, args);
      return timed(ctx, 'courses', () =>
        ctx.deps.matching.matchCourses(profile, { vacancyId: args.vacancyId ? String(args.vacancyId) : undefined, occupationUri: args.occupationUri ?? undefined, first: args.first ?? 10 }),
      );
    },
  }),
  careerPaths: t.field({
    type: CareerPathsType,
    description: 'Occupations a person could move to, with missing skills, the courses that open them and how many local vacancies each course opens.',
    authScopes: { public: true },
    args: { ...profileArgs(t), first: firstArg(t.arg, 10, 50) },
    resolve: async (_r, args, ctx) => {
      const profile = await profileFor(ctx, args);
      return timed(ctx, 'careerPaths', () => ctx.deps.matching.careerPaths(profile, { first: args.first ?? 10 }));
    },
  }),
  matchProfiles: t.field({
    type: CandidatesType,
    description: 'For an employer’s own vacancy: people who fit. Cards only of people who agreed to be visible; the others are only counted.',
    authScopes: { employer: true },
    args: { vacancyId: t.arg.id({ required: true, validate: z.string().max(72) }), first: firstArg(t.arg, 20, 50) },
    resolve: async (_r, args, ctx) => {
      assertEnabled(ctx);
      const vacancy = await ctx.deps.store.vacancies.get(String(args.vacancyId));
      if (!vacancy) throw notFound('Deze vacature');
      if (!ownsVacancy(ctx.viewer?.user, vacancy)) throw forbidden();
      const profiles: Profile[] = [];
      for await (const batch of ctx.deps.store.profiles.scan(2000)) profiles.push(...batch);
      const result = timed(ctx, 'profiles', () => ctx.deps.matching.matchProfiles(vacancy.id, profiles, { first: args.first ?? 20 }));
      const byId = new Map(profiles.map((p) => [p.id, p]));
      // The engine already returns only consenting people as `visible`; checked again here on purpose.
      const visible = result.visible.map((m) => ({ ...m, profile: byId.get(m.profileId)! })).filter((c) => c.profile.consent.visibleToEmployers);
      return { visible, hiddenCount: result.hiddenCount };
    },
  }),
}));

