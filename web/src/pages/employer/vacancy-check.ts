import { vacancyInputSchema } from '@werkbrug/shared/schemas/vacancy';
import type { ContractType } from '../../gql/graphql.ts';

/** The form as typed: numbers are still text until they are checked. */
export interface VacancyDraft {
  title: string;
  description: string;
  occupationUri: string;
  skills: { uri: string; essential: boolean }[];
  postcode: string;
  hoursMin: string;
  hoursMax: string;
  nlqfLevel: string;
  contractType: ContractType | '';
  validThrough: string;
  garantiebaan: boolean;
  salary: SalaryDraft;
  application: ApplicationDraft;
}

/** Salary as typed; all empty means no salary given. */
export interface SalaryDraft {
  min: string;
  max: string;
  period: 'maand' | 'uur';
  caoScale: string;
}

export interface ApplicationDraft {
  url: string;
  email: string;
  phone: string;
  contactName: string;
}

export const emptySalary: SalaryDraft = { min: '', max: '', period: 'maand', caoScale: '' };
export const emptyApplication: ApplicationDraft = { url: '', email: '', phone: '', contactName: '' };

/** The form's fields; every problem is shown beside one of them. */
export type VacancyField =
  | 'title'
  | 'description'
  | 'occupationUri'
  | 'skills'
  | 'postcode'
  | 'hoursMin'
  | 'hoursMax'
  | 'nlqfLevel'
  | 'contractType'
  | 'validThrough'
  | 'salaryMin'
  | 'salaryMax'
  | 'salaryCao'
  | 'applicationUrl'
  | 'applicationEmail'
  | 'applicationPhone'
  | 'applicationContact';

export const fieldIds: Record<VacancyField, string> = {
  title: 'vac-title',
  description: 'vac-description',
  occupationUri: 'vac-occupation',
  skills: 'vac-skills',
  postcode: 'vac-postcode',
  hoursMin: 'vac-hours-min',
  hoursMax: 'vac-hours-max',
  nlqfLevel: 'vac-level',
  contractType: 'vac-contract',
  validThrough: 'vac-valid',
  salaryMin: 'vac-salary-min',
  salaryMax: 'vac-salary-max',
  salaryCao: 'vac-salary-cao',
  applicationUrl: 'vac-apply-url',
  applicationEmail: 'vac-apply-email',
  applicationPhone: 'vac-apply-phone',
  applicationContact: 'vac-apply-contact',
};

/** Nested input paths (`salary.max`, `application.email`) as the form field they belong to. */
const nestedFields: Record<string, VacancyField> = {
  'salary.min': 'salaryMin',
  'salary.max': 'salaryMax',
  'salary.caoScale': 'salaryCao',
  'salary.period': 'salaryMin',
  salary: 'salaryMin',
  'application.url': 'applicationUrl',
  'application.email': 'applicationEmail',
  'application.phone': 'applicationPhone',
  'application.contactName': 'applicationContact',
  application: 'applicationUrl',
};

/** An input path (from zod or from the API's `input.x`) as the form field it belongs to. */
export function fieldOf(path: string): VacancyField | null {
  const bare = path.replace(/^input\./, '');
  const nested = nestedFields[bare.split('.').slice(0, 2).join('.')] ?? nestedFields[bare];
  if (nested) return nested;
  const key = bare.split('.')[0] ?? '';
  if (key === 'essentialSkills' || key === 'optionalSkills') return 'skills';
  return key in fieldIds ? (key as VacancyField) : null;
}

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The salary as the API takes it: null when nothing was typed. */
export function salaryInput(s: SalaryDraft) {
  if (!s.min.trim() && !s.max.trim() && !s.caoScale.trim()) return null;
  return { min: toNumber(s.min), max: toNumber(s.max), period: s.period, caoScale: orNull(s.caoScale) };
}

export function applicationInput(a: ApplicationDraft) {
  return { url: orNull(a.url), email: orNull(a.email), phone: orNull(a.phone), contactName: orNull(a.contactName) };
}

/** A stored salary as the form shows it (the edit page): the other way round from salaryInput. */
export function salaryDraft(
  s: { min?: number | null; max?: number | null; period: string; caoScale?: string | null } | null | undefined,
): SalaryDraft {
  if (!s) return emptySalary;
  return {
    min: s.min == null ? '' : String(s.min),
    max: s.max == null ? '' : String(s.max),
    period: s.period === 'uur' ? 'uur' : 'maand',
    caoScale: s.caoScale ?? '',
  };
}

/** A stored way to apply as the form shows it (the edit page). */
export function applicationDraft(
  a:
    | { url?: string | null; email?: string | null; phone?: string | null; contactName?: string | null }
    | null
    | undefined,
): ApplicationDraft {
  return { url: a?.url ?? '', email: a?.email ?? '', phone: a?.phone ?? '', contactName: a?.contactName ?? '' };
}

/**
 * Checks the draft with the same zod schema the API uses, so the person sees the same Dutch
 * messages before sending. The shared schema spells contract types in lower case; the API's enum in
 * upper case.
 */
export function checkVacancy(draft: VacancyDraft): Map<VacancyField, string> {
  const result = vacancyInputSchema.safeParse({
    title: draft.title,
    description: draft.description,
    occupationUri: draft.occupationUri,
    postcode: draft.postcode,
    essentialSkills: draft.skills.filter((s) => s.essential).map((s) => s.uri),
    optionalSkills: draft.skills.filter((s) => !s.essential).map((s) => s.uri),
    nlqfLevel: toNumber(draft.nlqfLevel),
    hoursMin: toNumber(draft.hoursMin),
    hoursMax: toNumber(draft.hoursMax),
    contractType: draft.contractType.toLowerCase(),
    garantiebaan: draft.garantiebaan,
    validThrough: draft.validThrough,
    salary: salaryInput(draft.salary),
    application: applicationInput(draft.application),
  });
  const problems = new Map<VacancyField, string>();
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path.map(String).join('.'));
    if (field && !problems.has(field)) problems.set(field, issue.message);
  }
  return problems;
}
