import { descriptionOf } from './description-loader.ts';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Location } from '@werkbrug/shared/schemas/vacancy';
import type { Application } from '@werkbrug/shared/schemas/contact';
import { toJobPosting } from '../../ingest/job-posting-export.ts';
import { builder } from '../builder.ts';
import { OccupationType, SectorType, SkillType, resolveSkills } from '../taxonomy/types.ts';
import { PageInfo } from '../pagination.ts';
import { CertificateType } from '../taxonomy/certificate.ts';

export const ContractTypeEnum = builder.enumType('ContractType', {
  description: 'Kind of contract.',
  values: {
    VAST: { value: 'vast', description: 'Permanent contract.' },
    TIJDELIJK: { value: 'tijdelijk', description: 'Fixed-term contract.' },
    UITZEND: { value: 'uitzend', description: 'Agency work.' },
    BBL: { value: 'bbl', description: 'BBL learn-work job: four days work, one day school.' },
    OPROEP: { value: 'oproep', description: 'On-call contract.' },
  } as const,
});

export const VacancyStatusEnum = builder.enumType('VacancyStatus', {
  description: 'Whether people can still apply.',
  values: {
    OPEN: { value: 'open', description: 'Open.' },
    CLOSED: { value: 'closed', description: 'Closed.' },
  } as const,
});

export const LocationType = builder.objectRef<Location>('Location').implement({
  description: 'Where the work (or the course) takes place.',
  authScopes: { public: true },
  fields: (t) => ({
    postcode: t.exposeString('postcode', { description: 'Postcode (PC4 or full).' }),
    address: t.exposeString('address', { nullable: true, description: 'Street address, when given.' }),
    place: t.exposeString('place', { description: 'Place name.' }),
    municipality: t.exposeString('municipality', { description: 'Municipality.' }),
    lat: t.exposeFloat('lat', { description: 'Latitude (WGS84).' }),
    lon: t.exposeFloat('lon', { description: 'Longitude (WGS84).' }),
  }),
});

export const SalaryType = builder.objectRef<NonNullable<Vacancy['salary']>>('Salary').implement({
  description: 'Gross pay range.',
  authScopes: { public: true },
  fields: (t) => ({
    min: t.exposeFloat('min', { description: 'Lowest gross pay in euros.' }),
    max: t.exposeFloat('max', { description: 'Highest gross pay in euros.' }),
    period: t.exposeString('period', { description: '`maand` (per month) or `uur` (per hour).' }),
    caoScale: t.exposeString('caoScale', { nullable: true, description: 'Collective agreement and pay scale.' }),
  }),
});

export const ApplicationType = builder.objectRef<Application>('VacancyApplication').implement({
  description: 'How to apply: at least one of a web address, an e-mail address or a phone number.',
  authScopes: { public: true },
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true, description: 'Web page to apply on.' }),
    email: t.exposeString('email', { nullable: true, description: 'E-mail address to apply to.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Phone number to call.' }),
    contactName: t.exposeString('contactName', { nullable: true, description: 'Who to ask.' }),
  }),
});

export const VacancyType = builder.objectRef<Vacancy>('Vacancy').implement({
  description: 'A job opening in the region.',
  authScopes: { public: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    title: t.exposeString('title', { description: 'Job title.' }),
    description: t.string({
      description: 'Full description (Dutch).',
      // A match's vacancy comes from the matching catalog, which keeps no descriptions: read from the store.
      resolve: (v, _a, ctx) => descriptionOf(v, ctx),
    }),
    employerId: t.exposeString('employerId', { description: 'Id of the employer.' }),
    employerName: t.exposeString('employerName', { description: 'Name of the employer.' }),
    occupation: t.field({
      type: OccupationType,
      nullable: true,
      description: 'The ESCO occupation the job belongs to.',
      resolve: (v, _a, ctx) => ctx.deps.taxonomy.occupationByUri.get(v.occupationUri) ?? null,
    }),
    sector: t.field({
      type: SectorType,
      description: 'Sector, with its regional outlook.',
      resolve: (v, _a, ctx) => ctx.deps.taxonomy.sector(v.sector),
    }),
    location: t.field({ type: LocationType, description: 'Work location.', resolve: (v) => v.location }),
    essentialSkills: t.field({
      type: [SkillType],
      description: 'Skills the employer needs.',
      resolve: (v, _a, ctx) => resolveSkills(v.essentialSkills, ctx.deps.taxonomy.skillByUri),
    }),
    optionalSkills: t.field({
      type: [SkillType],
      description: 'Skills that help but are not required.',
      resolve: (v, _a, ctx) => resolveSkills(v.optionalSkills, ctx.deps.taxonomy.skillByUri),
    }),
    nlqfLevel: t.exposeInt('nlqfLevel', { description: 'Required level, NLQF 1-8 (mbo 4 = 4, hbo bachelor = 6).' }),
    hoursMin: t.exposeInt('hoursMin', { description: 'Fewest hours per week.' }),
    hoursMax: t.exposeInt('hoursMax', { description: 'Most hours per week.' }),
    contractType: t.field({ type: ContractTypeEnum, description: 'Kind of contract.', resolve: (v) => v.contractType }),
    garantiebaan: t.exposeBoolean('garantiebaan', { description: 'Suitable as a garantiebaan (Banenafspraak).' }),
    requiredCertificates: t.field({
      type: [CertificateType],
      description: 'Certificates or licences the employer requires (a named minus when you lack one, never a filter).',
      resolve: (v) => v.requiredCertificates ?? [],
    }),
    trainingOffered: t.exposeString('trainingOffered', {
      nullable: true,
      description: 'Training the employer offers.',
    }),
    salary: t.field({
      type: SalaryType,
      nullable: true,
      description: 'Pay range, when given.',
      resolve: (v) => v.salary,
    }),
    openToStarters: t.boolean({
      description: '"Ook voor starters": no work experience needed.',
      resolve: (v) => v.openToStarters ?? false,
    }),
    application: t.field({
      type: ApplicationType,
      nullable: true,
      description: 'How to apply (every new or imported vacancy has one).',
      resolve: (v) => v.application ?? null,
    }),
    jobPosting: t.string({
      nullable: true,
      description:
        'The vacancy as schema.org JobPosting JSON-LD (a JSON text), for the vacancy page; null once it is closed.',
      resolve: async (v, _a, ctx) =>
        v.status === 'open'
          ? JSON.stringify(
              toJobPosting(
                { ...v, description: await descriptionOf(v, ctx) },
                ctx.deps.taxonomy,
                ctx.deps.config.PUBLIC_URL,
              ),
            )
          : null,
    }),
    postedAt: t.exposeString('postedAt', { description: 'Date posted (YYYY-MM-DD).' }),
    validThrough: t.exposeString('validThrough', { description: 'Last day to apply (YYYY-MM-DD).' }),
    status: t.field({ type: VacancyStatusEnum, description: 'Open or closed.', resolve: (v) => v.status }),
    demo: t.exposeBoolean('demo', { description: 'True for demo data: the employer is fictional.' }),
  }),
});

export const VacancyListType = builder
  .objectRef<{ items: Vacancy[]; totalCount: number; endCursor: string | null }>('VacancyList')
  .implement({
    description: 'A page of vacancies from the store, in id order.',
    authScopes: { public: true },
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount', { description: 'How many match in total.' }),
      items: t.field({ type: [VacancyType], description: 'This page.', resolve: (p) => p.items }),
      pageInfo: t.field({
        type: PageInfo,
        description: 'Where this page ends.',
        resolve: (p) => ({ hasNextPage: p.endCursor !== null, endCursor: p.endCursor }),
      }),
    }),
  });
