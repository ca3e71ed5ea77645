import type { Course, EntryRequirements } from '@werkbrug/shared/schemas/course';
import type { SignUp } from '@werkbrug/shared/schemas/contact';
import { schemesForCourse } from '@werkbrug/shared/courses/funding-rules';
import { kindInfo } from '@werkbrug/shared/courses/course-kinds';
import { builder } from '../builder.ts';
import type { Context } from '../../context.ts';
import { OccupationType, SkillType, resolveSkills } from '../taxonomy/types.ts';
import { LocationType } from '../vacancy/types.ts';
import { PageInfo } from '../pagination.ts';
import { CourseKindEnum, FundingSchemeType } from '../funding/types.ts';
import { CertificateType } from '../taxonomy/certificate.ts';

export const CourseModeEnum = builder.enumType('CourseMode', {
  description: 'How the course is taught.',
  values: {
    KLASSIKAAL: { value: 'klassikaal', description: 'In a classroom.' },
    ONLINE: { value: 'online', description: 'Online.' },
    BLENDED: { value: 'blended', description: 'Partly online, partly in a classroom.' },
    BBL: { value: 'bbl', description: 'Learning while working (BBL): you need a learn-work job.' },
    WERKPLEK: { value: 'werkplek', description: 'Learning in your own job, with a coach.' },
  } as const,
});

const EntryType = builder.objectRef<EntryRequirements>('CourseEntry').implement({
  description: 'What you need before you can start.',
  authScopes: { public: true },
  fields: (t) => ({
    minNlqf: t.exposeInt('minNlqf', { nullable: true, description: 'Lowest level you need (NLQF); null: none.' }),
    dutchLevel: t.exposeString('dutchLevel', {
      nullable: true,
      description: 'Dutch you need (A1-C2); null: none asked.',
    }),
    certificates: t.field({
      type: [CertificateType],
      description: 'Certificates you need first.',
      resolve: (e) => e.certificates,
    }),
    note: t.exposeString('note', { nullable: true, description: 'Anything else, in Dutch.' }),
  }),
});

const SignUpType = builder.objectRef<SignUp>('CourseSignUp').implement({
  description: 'How to sign up: at least one of a web address, an e-mail address or a phone number.',
  authScopes: { public: true },
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true, description: 'Web page to sign up on.' }),
    email: t.exposeString('email', { nullable: true, description: 'E-mail address.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number.' }),
    note: t.exposeString('note', { nullable: true, description: 'What to do first, in Dutch.' }),
  }),
});

/** Schemes that may pay for the course at its next start, whoever takes it (who may use them is per scheme). */
function fundingOf(c: Course, ctx: Context) {
  const today = new Date().toISOString().slice(0, 10);
  const next = [...c.startDates].sort().find((d) => d >= today) ?? today;
  const { taxonomy } = ctx.deps;
  const sectors = [
    ...new Set(c.targetOccupations.map((u) => taxonomy.occupationByUri.get(u)?.sector).filter((k) => k !== undefined)),
  ];
  const growing = sectors.some((k) => taxonomy.sectorByKey.get(k)?.outlook === 'growing');
  const schemes = schemesForCourse(ctx.deps.funding.all(), c, next, c.jobGuarantee || growing, sectors);
  return schemes.map((s) => ctx.deps.funding.get(s.key)!).filter(Boolean);
}

export const CourseType = builder.objectRef<Course>('Course').implement({
  description: 'A course as its provider publishes it: an MBO programme, a certificate, a learn-work route, ...',
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    title: t.exposeString('title', { description: 'Name of the course, as the provider publishes it.' }),
    kind: t.field({ type: CourseKindEnum, description: 'Kind of course.', resolve: (c) => c.kind }),
    kindNameNl: t.string({ description: 'Dutch name of the kind.', resolve: (c) => kindInfo(c.kind).nameNl }),
    kindNameEn: t.string({ description: 'English name of the kind.', resolve: (c) => kindInfo(c.kind).nameEn }),
    description: t.exposeString('description', { description: 'Description (Dutch).' }),
    providerId: t.exposeString('providerId', { description: 'Id of the provider.' }),
    providerName: t.exposeString('providerName', { description: 'Name of the provider.' }),
    providerKind: t.exposeString('providerKind', {
      description: 'roc, hogeschool, bedrijfsschool, particulier, netwerk, gemeente or werkgever.',
    }),
    crebo: t.exposeString('crebo', { nullable: true, description: 'Crebo number of an MBO qualification.' }),
    skillsTaught: t.field({
      type: [SkillType],
      description: 'Skills the course teaches.',
      resolve: (c, _a, ctx) => resolveSkills(c.skillsTaught, ctx.deps.taxonomy.skillByUri),
    }),
    givesCertificates: t.field({
      type: [CertificateType],
      description: 'Certificates you hold afterwards.',
      resolve: (c) => c.givesCertificates,
    }),
    targetOccupations: t.field({
      type: [OccupationType],
      description: 'Occupations the course prepares for.',
      resolve: (c, _a, ctx) =>
        c.targetOccupations.map((u) => ctx.deps.taxonomy.occupationByUri.get(u)).filter((o) => o !== undefined),
    }),
    nlqfLevel: t.exposeInt('nlqfLevel', { description: 'Level, NLQF 1-8.' }),
    entry: t.field({ type: EntryType, description: 'What you need before you can start.', resolve: (c) => c.entry }),
    durationWeeks: t.exposeInt('durationWeeks', { description: 'Length in weeks.' }),
    hoursPerWeek: t.exposeInt('hoursPerWeek', {
      description: 'Study hours per week (for BBL: the school day; the rest of the week is paid work).',
    }),
    mode: t.field({ type: CourseModeEnum, description: 'How it is taught.', resolve: (c) => c.mode }),
    location: t.field({
      type: LocationType,
      nullable: true,
      description: 'Where; null for online courses.',
      resolve: (c) => c.location,
    }),
    startDates: t.exposeStringList('startDates', { description: 'Start dates (YYYY-MM-DD).' }),
    places: t.exposeInt('places', { nullable: true, description: 'Places per start, when the provider says.' }),
    price: t.exposeFloat('price', { description: 'Total price in euros before funding (0: someone else pays).' }),
    priceNote: t.exposeString('priceNote', { nullable: true, description: 'What the price is made of (Dutch).' }),
    employerName: t.exposeString('employerName', {
      nullable: true,
      description: 'The employer who hires you for this course (learn-work route, company school).',
    }),
    jobGuarantee: t.exposeBoolean('jobGuarantee', { description: 'A job at the end, promised by the employer.' }),
    signUp: t.field({ type: SignUpType, description: 'How to sign up.', resolve: (c) => c.signUp }),
    funding: t.field({
      type: [FundingSchemeType],
      description:
        'Funding that may pay for the course at its next start. Who may use each scheme differs: see the scheme.',
      resolve: (c, _a, ctx) => fundingOf(c, ctx),
    }),
    demo: t.exposeBoolean('demo', { description: 'True for demo data.' }),
  }),
});

export const CourseListType = builder
  .objectRef<{ items: Course[]; totalCount: number; endCursor: string | null }>('CourseList')
  .implement({
    description: 'A page of courses from the store, in id order.',
    authScopes: { public: true },
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount', { description: 'How many in total.' }),
      items: t.field({ type: [CourseType], description: 'This page.', resolve: (p) => p.items }),
      pageInfo: t.field({
        type: PageInfo,
        description: 'Where this page ends.',
        resolve: (p) => ({ hasNextPage: p.endCursor !== null, endCursor: p.endCursor }),
      }),
    }),
  });
