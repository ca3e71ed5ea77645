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
}

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
  | 'validThrough';

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
};

/** An input path (from zod or from the API's `input.x`) as the form field it belongs to. */
export function fieldOf(path: string): VacancyField | null {
  const key = path.replace(/^input\./, '').split('.')[0] ?? '';
  if (key === 'essentialSkills' || key === 'optionalSkills') return 'skills';
  return key in fieldIds ? (key as VacancyField) : null;
}

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

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
  });
  const problems = new Map<VacancyField, string>();
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const field = fieldOf(issue.path.map(String).join('.'));
    if (field && !problems.has(field)) problems.set(field, issue.message);
  }
  return problems;
}
