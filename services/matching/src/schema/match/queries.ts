import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import type { ResolutionReport } from '../../matching/model/types.ts';
import type { CareerPath } from '../../matching/routes/career-paths.ts';
import { canSeeCandidate } from '../../auth/policy.ts';
import type { CandidateCard, ProfileChoice } from '../../application/matching.ts';
import { CandidateContactType } from '../contact/types.ts';
import { SkillType, resolveSkills } from '../taxonomy/types.ts';
import { firstArg } from '../pagination.ts';
import { MatchFilterInput, MatchProfileInput } from './inputs.ts';
import { adviceNotice, CareerPathType, CourseMatchesType, ResolutionType, VacancyMatchType } from './types.ts';
import type { VacancyMatches } from '../../matching/engine.ts';
import type { ProfileAdvice } from '../../matching/scoring/advice.ts';
import type { MoreOfKind } from '../../matching/model/types.ts';
import { OccupationType } from '../taxonomy/types.ts';
import { CandidateExplanationType } from './candidate-explanation.ts';

type MatchResult = VacancyMatches;

const MoreOfKindType = builder.objectRef<MoreOfKind>('MoreOfKind').implement({
  description: 'An occupation with more fitting vacancies than the first ten show ("meer van dit soort").',
  authScopes: { public: true },
  fields: (t) => ({
    occupation: t.field({
      type: OccupationType,
      description: 'The occupation: filter matches on it to see them all.',
      resolve: (m, _a, ctx) => ctx.deps.taxonomy.occupationByUri.get(m.occupationUri)!,
    }),
    count: t.exposeInt('count', { description: 'Fitting vacancies of it in reach that are not in the first ten.' }),
  }),
});

const AdviceType = builder.objectRef<ProfileAdvice>('ProfileAdvice').implement({
  description: 'Said over the whole list when the profile gives no evidence of fit yet: what to add.',
  authScopes: { public: true },
  fields: (t) => ({
    code: t.exposeString('code', { description: '`too_little_known`.' }),
    add: t.exposeStringList('add', { description: 'What to add: `occupation`, `skills`, `wish`.' }),
    textNl: t.exposeString('textNl', { description: 'In Dutch (B1).' }),
    textEn: t.exposeString('textEn', { description: 'In English.' }),
  }),
});

const VacancyMatchesType = builder.objectRef<MatchResult>('VacancyMatches').implement({
  description: 'Vacancies that fit a person, best first, with reasons. Advice only: a person decides.',
  authScopes: { public: true },
  fields: (t) => ({
    total: t.exposeInt('total', {
      description: 'Vacancies that passed the hard filters (open, in reach, enough hours) and were scored.',
    }),
    matches: t.field({
      type: [VacancyMatchType],
      description:
        'Best first (by rank), fitting now or after a course, at most three of one occupation in the first ten.',
      resolve: (r) => r.matches,
    }),
    moreOfKind: t.field({
      type: [MoreOfKindType],
      description: 'Occupations with more fitting vacancies than the first ten show.',
      resolve: (r) => r.moreOfKind,
    }),
    advice: t.field({
      type: AdviceType,
      nullable: true,
      description: 'When nothing in the profile links the person to a vacancy yet: what to add.',
      resolve: (r) => r.advice,
    }),
    resolution: t.field({
      type: ResolutionType,
      description: 'How free text in the profile was read.',
      resolve: (r) => r.resolution,
    }),
    notice: t.string({ description: 'Advice notice to show next to every score.', resolve: () => adviceNotice }),
  }),
});

const CareerPathsType = builder
  .objectRef<{ paths: CareerPath[]; resolution: ResolutionReport }>('CareerPaths')
  .implement({
    description:
      'Occupations the person could move to, ranked like the matches: evidence × level × outlook × steering × open vacancies in reach.',
    authScopes: { public: true },
    fields: (t) => ({
      paths: t.field({ type: [CareerPathType], description: 'Best first.', resolve: (r) => r.paths }),
      resolution: t.field({
        type: ResolutionType,
        description: 'How free text in the profile was read.',
        resolve: (r) => r.resolution,
      }),
      notice: t.string({ description: 'Advice notice.', resolve: () => adviceNotice }),
    }),
  });

/** What an employer may see of a person who chose to be visible: no name, no contact, no demographics. */
const CandidateType = builder.objectRef<CandidateCard>('Candidate').implement({
  description:
    'A person who fits a vacancy and chose to be visible to employers: a limited card, never contact details.',
  authScopes: (c, ctx) => canSeeCandidate(ctx.viewer?.user, c.profile),
  fields: (t) => ({
    candidateId: t.exposeString('candidateId', {
      description:
        'A stable reference for this candidate and this vacancy: different for every vacancy, and it reveals nothing about the profile.',
    }),
    contactRequest: t.field({
      type: CandidateContactType,
      nullable: true,
      description: 'The employer’s request to get in touch for this vacancy, if they sent one.',
      resolve: (c) => c.contactRequest ?? null,
    }),
    score: t.exposeFloat('score', { description: 'Fit, 0..100.' }),
    explanation: t.field({
      type: CandidateExplanationType,
      description: 'Why; where the candidate lives only as distance and travel bands.',
      resolve: (c) => ({ ...c.explanation, distanceBand: c.distanceBand, travelBand: c.travelBand }),
    }),
    nlqfLevel: t.int({ description: 'Level, NLQF 1-8.', resolve: (c) => c.profile.nlqfLevel }),
    skills: t.field({
      type: [SkillType],
      description: 'Skills.',
      resolve: (c, _a, ctx) => resolveSkills(c.profile.skills, ctx.deps.taxonomy.skillByUri),
    }),
    hoursMin: t.int({ description: 'Fewest hours wanted.', resolve: (c) => c.profile.hoursMin }),
    hoursMax: t.int({ description: 'Most hours wanted.', resolve: (c) => c.profile.hoursMax }),
  }),
});

const CandidatesType = builder.objectRef<{ visible: CandidateCard[]; hiddenCount: number }>('Candidates').implement({
  description: 'People who fit a vacancy: cards of those who agreed to be visible, and only a count of the others.',
  authScopes: { employer: true },
  fields: (t) => ({
    candidates: t.field({
      type: [CandidateType],
      description: 'Visible candidates, best first.',
      resolve: (r) => r.visible,
    }),
    hiddenCount: t.exposeInt('hiddenCount', {
      description: 'People who would fit but did not agree to be visible: only counted.',
    }),
    notice: t.string({ description: 'Advice notice.', resolve: () => adviceNotice }),
  }),
});

/** The candidates, each with the employer's own contact request for this vacancy (status only). */
async function withContactRequests(ctx: Parameters<typeof callerOf>[0], vacancyId: string, first: number) {
  const result = await ctx.useCases.matching.candidates(callerOf(ctx), vacancyId, { first });
  const requests = await ctx.useCases.contactRequests.forVacancy(vacancyId);
  return {
    ...result,
    visible: result.visible.map((c) => ({ ...c, contactRequest: requests.get(c.profileId) ?? null })),
  };
}

/** The two ways to name the profile to match, as the use case takes them. */
const choice = (args: { profileId?: string | number | null; profile?: ProfileChoice['profile'] }): ProfileChoice => ({
  profileId: args.profileId == null ? args.profileId : String(args.profileId),
  profile: args.profile,
});

const profileArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  profileId: t.arg.id({
    required: false,
    description: 'A stored profile (the person themselves or their werkadviseur).',
    validate: z.string().max(72),
  }),
  profile: t.arg({
    type: MatchProfileInput,
    required: false,
    description: 'Or a profile given inline (no account needed).',
  }),
});

builder.queryFields((t) => ({
  matchVacancies: t.field({
    type: VacancyMatchesType,
    description:
      'Vacancies that fit a person now, and after which courses: scores 0..100 with every reason. Advice only.',
    authScopes: { public: true },
    args: {
      ...profileArgs(t),
      query: t.arg.string({
        required: false,
        description: 'Optional search words; matches must also fit them.',
        validate: z.string().max(200),
      }),
      filter: t.arg({ type: MatchFilterInput, required: false, description: 'Filters.' }),
      first: firstArg(t.arg, 20, 100),
      offset: t.arg.int({
        required: false,
        defaultValue: 0,
        description: 'How many of the best matches to skip (paging; offset + first at most 200).',
        validate: z.number().int().min(0).max(199),
      }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.matching.vacancies(callerOf(ctx), choice(args), {
        query: args.query,
        filter: args.filter,
        first: args.first ?? 20,
        offset: args.offset ?? 0,
      }),
  }),
  matchCourses: t.field({
    type: CourseMatchesType,
    description: 'Courses that close a person’s gaps: for one vacancy, one occupation, or their best matches.',
    authScopes: { public: true },
    args: {
      ...profileArgs(t),
      vacancyId: t.arg.id({
        required: false,
        description: 'Courses towards this vacancy.',
        validate: z.string().max(72),
      }),
      occupationUri: t.arg.string({
        required: false,
        description: 'Courses towards this occupation.',
        validate: z.string().max(200),
      }),
      first: firstArg(t.arg, 10, 50),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.matching.courses(callerOf(ctx), choice(args), {
        vacancyId: args.vacancyId ? String(args.vacancyId) : undefined,
        occupationUri: args.occupationUri ?? undefined,
        first: args.first ?? 10,
      }),
  }),
  careerPaths: t.field({
    type: CareerPathsType,
    description:
      'Occupations a person could move to, with missing skills, the courses that open them and how many local vacancies each course opens.',
    authScopes: { public: true },
    args: { ...profileArgs(t), first: firstArg(t.arg, 10, 50) },
    resolve: (_r, args, ctx) =>
      ctx.useCases.matching.careerPaths(callerOf(ctx), choice(args), { first: args.first ?? 10 }),
  }),
  matchProfiles: t.field({
    type: CandidatesType,
    description:
      'For an employer’s own vacancy: people who fit. Cards only of people who agreed to be visible; the others are only counted.',
    authScopes: { employer: true },
    args: { vacancyId: t.arg.id({ required: true, validate: z.string().max(72) }), first: firstArg(t.arg, 20, 50) },
    resolve: (_r, args, ctx) => withContactRequests(ctx, String(args.vacancyId), args.first ?? 20),
  }),
}));
