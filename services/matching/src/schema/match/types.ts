import type { Bridge, BridgeCourse, ResolutionReport, Route, VacancyMatch } from '../../matching/model/types.ts';
import type { CareerPath, PathCourse } from '../../matching/routes/career-paths.ts';
import type { CourseMatch, CourseMatches } from '../../matching/routes/course-matches.ts';
import { type BuilderTypes, builder } from '../builder.ts';
import { OccupationType, SectorType, SkillType } from '../taxonomy/types.ts';
import { CertificateType, certificateOf, knownCertificates } from '../taxonomy/certificate.ts';
import { CourseType } from '../course/types.ts';
import { FundingUseType } from '../funding/types.ts';
import { VacancyType } from '../vacancy/types.ts';
import { ExplanationType, MatchFitEnum, MatchLabelEnum } from './explanation.ts';
import { skills } from './skill-refs.ts';

/** The notice that goes with every score (AI Act art. 14: human oversight; GDPR art. 22). */
export const adviceNotice = 'Dit is advies. Een mens beslist: jij of je werkadviseur.';

const bridgeCourseFields = <T extends BridgeCourse>(
  name: string,
  description: string,
  extra?: (t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, T>) => Record<string, unknown>,
) =>
  builder.objectRef<T>(name).implement({
    description,
    authScopes: { public: true },
    fields: (t) => ({
      course: t.field({ type: CourseType, description: 'The course.', resolve: (c) => c.course }),
      teaches: t.field({
        type: [SkillType],
        description: 'Missing skills this course teaches.',
        resolve: (c, _a, ctx) => skills(c.teaches, ctx),
      }),
      certificates: t.field({
        type: [CertificateType],
        description: 'Missing certificates this course gives (asked by the target or by a later step).',
        resolve: (c) => knownCertificates(c.certificates),
      }),
      durationWeeks: t.int({ description: 'Weeks.', resolve: (c) => c.durationWeeks }),
      startDate: t.string({
        description: 'The start this plan uses: from today, after the step before ends (YYYY-MM-DD).',
        resolve: (c) => c.startDate,
      }),
      endDate: t.string({ description: 'When this step ends (YYYY-MM-DD).', resolve: (c) => c.endDate }),
      price: t.float({ description: 'Price before funding, in euros.', resolve: (c) => c.price }),
      costAfterFunding: t.float({
        description:
          'What the person pays after the one grant that pays for it, with yearly caps applied over the whole plan.',
        resolve: (c) => c.costAfterFunding,
      }),
      funding: t.field({
        type: FundingUseType,
        nullable: true,
        description: 'The grant that pays (part of) the price.',
        resolve: (c) => c.funding,
      }),
      otherFunding: t.field({
        type: [FundingUseType],
        description: 'Loans, money for the employer and schemes of unknown amount: shown, never subtracted.',
        resolve: (c) => c.otherFunding,
      }),
      checkWithAdviser: t.boolean({
        description: 'A rule behind this cost is uncertain: "check bij je werkadviseur".',
        resolve: (c) => c.checkWithAdviser,
      }),
      ...(extra ? extra(t) : {}),
    }),
  });

const BridgeCourseType = bridgeCourseFields<BridgeCourse>(
  'BridgeCourse',
  'A course in a bridge: what it teaches and what it costs.',
);
const CourseMatchType = bridgeCourseFields<CourseMatch>(
  'CourseMatch',
  'A course that closes gaps, on its own (an alternative, never added to others), ranked by missing skills covered per week of study.',
  (t) => ({
    value: t.exposeFloat('value', { description: 'Missing skills covered per week of study (the ranking).' }),
    opensVacancies: t.exposeInt('opensVacancies', { description: 'Local vacancies this course alone opens.' }),
  }),
);
const PathCourseType = bridgeCourseFields<PathCourse>('PathCourse', 'A step of a career path’s route.', (t) => ({
  opensVacancies: t.exposeInt('opensVacancies', {
    description: 'Local vacancies of this occupation open to the person once this step (and those before) is done.',
  }),
}));

const RouteKindEnum = builder.enumType('RouteKind', {
  description: 'What kind of route.',
  values: {
    COURSES: { value: 'courses', description: 'Follow the courses, one after the other, then apply.' },
    LEARN_WORK: {
      value: 'learn-work',
      description: 'A BBL job is the route: leren en werken tegelijk (with the school part as a course, if any).',
    },
  } as const,
});

const routeFields = (t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Route>) => ({
  kind: t.field({ type: RouteKindEnum, description: 'What kind of route.', resolve: (b) => b.kind }),
  courses: t.field({
    type: [BridgeCourseType],
    description: 'The steps in the order they are taken: one course per gap, never alternatives.',
    resolve: (b) => b.courses,
  }),
  totalWeeks: t.exposeInt('totalWeeks', { description: 'Weeks of study: the steps added up.' }),
  readyBy: t.exposeString('readyBy', { description: 'The day the last step ends (YYYY-MM-DD).' }),
  totalCost: t.exposeFloat('totalCost', { description: 'What the whole plan costs the person after funding.' }),
  opensVacancies: t.exposeInt('opensVacancies', {
    description: 'Vacancies in reach that are open to the person after the route and not before (at least 1).',
  }),
  certificatesGained: t.field({
    type: [CertificateType],
    description: 'Certificates a target asked for that the route gives.',
    resolve: (b) => knownCertificates(b.certificatesGained),
  }),
  checkWithAdviser: t.exposeBoolean('checkWithAdviser', {
    description: 'Some funding rule is uncertain: "check bij je werkadviseur".',
  }),
});

export const RouteType = builder.objectRef<Route>('Route').implement({
  description: 'A route a person can take: steps in order, dates, cost after funding and what it opens.',
  authScopes: { public: true },
  fields: (t) => routeFields(t),
});

export const BridgeType = builder.objectRef<Bridge>('Bridge').implement({
  description:
    'The route to one vacancy: courses (or a BBL job) that close the gaps, with fit now and fit after. Only offered when it opens at least one vacancy in reach.',
  authScopes: { public: true },
  fields: (t) => ({
    ...routeFields(t as never),
    fitNow: t.exposeFloat('fitNow', { description: 'Score now, 0..100.' }),
    fitAfter: t.exposeFloat('fitAfter', {
      description: 'Score after the route, 0..100 (never below fitNow).',
    }),
    covered: t.field({
      type: [SkillType],
      description: 'Missing skills the courses teach.',
      resolve: (b, _a, ctx) => skills(b.covered, ctx),
    }),
    stillMissing: t.field({
      type: [SkillType],
      description: 'Missing skills no suitable course teaches.',
      resolve: (b, _a, ctx) => skills(b.stillMissing, ctx),
    }),
  }),
});

export const VacancyMatchType = builder.objectRef<VacancyMatch>('VacancyMatch').implement({
  description:
    'A vacancy that fits a person now or after a course, with the score, the reasons and the bridge. Advice only: a person decides.',
  authScopes: { public: true },
  fields: (t) => ({
    vacancy: t.field({ type: VacancyType, description: 'The vacancy.', resolve: (m) => m.vacancy }),
    score: t.exposeFloat('score', { description: 'Fit now, 0..100.' }),
    rank: t.exposeFloat('rank', {
      description:
        'What the list is ordered by, 0..100: the fit now, or for AFTER_COURSE the fit after the bridge, discounted by its weeks of study.',
    }),
    fit: t.field({ type: MatchFitEnum, description: 'Past nu, or past na een opleiding.', resolve: (m) => m.fit }),
    label: t.field({
      type: MatchLabelEnum,
      description: 'The label of `rank` (past goed, redelijk, misschien, waarschijnlijk niet; or we know too little).',
      resolve: (m) => m.label,
    }),
    moreOfKind: t.int({
      nullable: true,
      description:
        'On the last vacancy of an occupation in the first ten when more of it fit: how many more ("meer van dit soort"); filter on the occupation to see them.',
      resolve: (m) => m.moreOfKind ?? null,
    }),
    explanation: t.field({ type: ExplanationType, description: 'Why.', resolve: (m) => m.explanation }),
    bridge: t.field({
      type: BridgeType,
      nullable: true,
      description: 'Courses that would close the gaps, with fit after.',
      resolve: (m) => m.bridge ?? null,
    }),
  }),
});

const ResolvedTextType = builder.objectRef<ResolutionReport['resolved'][number]>('ResolvedText').implement({
  description: 'Free text that was understood as a taxonomy item.',
  authScopes: { public: true },
  fields: (t) => ({
    kind: t.exposeString('kind', { description: '`skill`, `occupation` or `certificate`.' }),
    text: t.exposeString('text', { description: 'What was typed.' }),
    uri: t.exposeString('uri', { description: 'ESCO URI it was read as, or `certificate:<key>` for a certificate.' }),
    labelNl: t.exposeString('labelNl', {
      description: 'Its label: Dutch, or English where none is written (`labelLang`).',
    }),
    labelLang: t.exposeString('lang', { description: 'Language of the label: `nl` or `en`.' }),
    score: t.exposeFloat('score', { description: 'How sure, 0..1.' }),
    years: t.exposeFloat('years', { nullable: true, description: 'Years counted for a typed occupation.' }),
  }),
});

export const SuggestionType = builder
  .objectRef<ResolutionReport['unresolved'][number]['suggestions'][number]>('ResolutionSuggestion')
  .implement({
    description: 'A taxonomy item that might be what was meant.',
    authScopes: { public: true },
    fields: (t) => ({
      uri: t.exposeString('uri', { description: 'ESCO URI, or `certificate:<key>` for a certificate.' }),
      labelNl: t.exposeString('labelNl', {
        description: 'Label: Dutch, or English where none is written (`labelLang`).',
      }),
      labelLang: t.exposeString('lang', { description: 'Language of the label: `nl` or `en`.' }),
      score: t.exposeFloat('score', { description: 'How close, 0..1.' }),
      occupation: t.field({
        type: OccupationType,
        nullable: true,
        description: 'The occupation, when it is one.',
        resolve: (s, _a, ctx) => ctx.deps.taxonomy.occupationByUri.get(s.uri) ?? null,
      }),
      skill: t.field({
        type: SkillType,
        nullable: true,
        description: 'The skill, when it is one.',
        resolve: (s, _a, ctx) => ctx.deps.taxonomy.skillByUri.get(s.uri) ?? null,
      }),
      certificate: t.field({
        type: CertificateType,
        nullable: true,
        description: 'The certificate, when it is one.',
        resolve: (s) => certificateOf(s.uri),
      }),
    }),
  });

const UnresolvedType = builder.objectRef<ResolutionReport['unresolved'][number]>('UnresolvedText').implement({
  description: 'Something in the profile that could not be understood: reported, never silently dropped.',
  authScopes: { public: true },
  fields: (t) => ({
    kind: t.exposeString('kind', { description: '`skill`, `occupation` or `postcode`.' }),
    value: t.exposeString('value', { description: 'What was given.' }),
    suggestions: t.field({
      type: [SuggestionType],
      description: 'What it might have meant.',
      resolve: (u) => u.suggestions,
    }),
  }),
});

export const ResolutionType = builder.objectRef<ResolutionReport>('Resolution').implement({
  description: 'How free text in the profile was read.',
  authScopes: { public: true },
  fields: (t) => ({
    resolved: t.field({ type: [ResolvedTextType], description: 'Understood.', resolve: (r) => r.resolved }),
    unresolved: t.field({ type: [UnresolvedType], description: 'Not understood.', resolve: (r) => r.unresolved }),
  }),
});

export const CareerPathType = builder.objectRef<CareerPath>('CareerPath').implement({
  description: 'An occupation the person could move to, with the gaps and the courses that open it.',
  authScopes: { public: true },
  fields: (t) => ({
    occupation: t.field({
      type: OccupationType,
      description: 'The occupation.',
      resolve: (p, _a, ctx) => ctx.deps.taxonomy.occupationByUri.get(p.occupationUri)!,
    }),
    sector: t.field({
      type: SectorType,
      description: 'Its sector.',
      resolve: (p, _a, ctx) => ctx.deps.taxonomy.sector(p.sector),
    }),
    similarity: t.exposeFloat('similarity', { description: 'How close the person’s skills and past work are, 0..1.' }),
    openVacancies: t.exposeInt('openVacancies', { description: 'Open vacancies for it within the person’s reach.' }),
    rank: t.exposeFloat('rank', {
      description: 'similarity × level × outlook × steering × demand, 0..1: the order of the list.',
    }),
    missingSkills: t.field({
      type: [SkillType],
      description: 'Essential skills still missing.',
      resolve: (p, _a, ctx) => skills(p.missingSkills, ctx),
    }),
    openToYouNow: t.exposeInt('openToYouNow', {
      description: 'Of those, the ones open to the person now (enough skills, the certificates, the level).',
    }),
    route: t.field({
      type: RouteType,
      nullable: true,
      description: 'The route into this occupation (the same plans as a match’s bridge); null when none is needed.',
      resolve: (p) => p.route,
    }),
    courses: t.field({
      type: [PathCourseType],
      description: 'The route’s steps, in order, each with what it opens.',
      resolve: (p) => p.courses,
    }),
    vacancies: t.field({
      type: [VacancyMatchType],
      description:
        'The best vacancies of this occupation in reach, now or after the route: the same matches matchVacancies shows for it.',
      resolve: (p) => p.vacancies,
    }),
    opensVacanciesAfterAll: t.exposeInt('opensVacanciesAfterAll', {
      description: 'Vacancies of this occupation in reach that are open to the person after the whole route.',
    }),
    totalWeeks: t.exposeInt('totalWeeks', { description: 'Weeks of study of the route (0 without one).' }),
    totalCost: t.exposeFloat('totalCost', { description: 'Cost of the route after funding, in euros.' }),
  }),
});

export const CourseMatchesType = builder
  .objectRef<CourseMatches & { resolution: ResolutionReport }>('CourseMatches')
  .implement({
    description: 'Courses for a person: for one vacancy, one occupation, or their best matches.',
    authScopes: { public: true },
    fields: (t) => ({
      target: t.exposeString('target', { description: '`vacancy`, `occupation` or `profile`.' }),
      missingSkills: t.field({
        type: [SkillType],
        description: 'The skills the courses should close.',
        resolve: (m, _a, ctx) => skills(m.missingSkills, ctx),
      }),
      courses: t.field({ type: [CourseMatchType], description: 'Courses, best first.', resolve: (m) => m.courses }),
      bridge: t.field({
        type: BridgeType,
        nullable: true,
        description: 'For a vacancy: the plan with fit now and after.',
        resolve: (m) => m.bridge,
      }),
      resolution: t.field({
        type: ResolutionType,
        description: 'How free text was read.',
        resolve: (m) => m.resolution,
      }),
      notice: t.string({ description: 'Advice notice to show with the results.', resolve: () => adviceNotice }),
    }),
  });
