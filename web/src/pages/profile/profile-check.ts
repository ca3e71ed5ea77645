import { profileInputSchema } from '@werkbrug/shared/schemas/profile';
import type { CertificateKey, TravelMode } from '../../gql/graphql.ts';

/** The form as typed: numbers stay text until checked. */
export interface ProfileDraft {
  alias: string;
  occupations: { uri: string; years: string }[];
  skills: string[];
  certificates: CertificateKey[];
  nlqfLevel: string;
  postcode: string;
  mode: TravelMode;
  maxMinutes: string;
  hoursMin: string;
  hoursMax: string;
  visibleToEmployers: boolean;
  shareWithAdviser: boolean;
}

export type ProfileField =
  | 'alias'
  | 'occupations'
  | 'skills'
  | 'nlqfLevel'
  | 'postcode'
  | 'maxMinutes'
  | 'hoursMin'
  | 'hoursMax';

export const profileFieldIds: Record<ProfileField, string> = {
  alias: 'prof-alias',
  occupations: 'prof-occupations',
  skills: 'prof-skills',
  nlqfLevel: 'prof-level',
  postcode: 'prof-postcode',
  maxMinutes: 'prof-minutes',
  hoursMin: 'prof-hours-min',
  hoursMax: 'prof-hours-max',
};

/** An input path (zod's or the API's `input.x`) as the field it belongs to. */
export function profileFieldOf(path: string): ProfileField | null {
  const parts = path.replace(/^input\./, '').split('.');
  const key = parts[0] === 'travel' ? 'maxMinutes' : (parts[0] ?? '');
  return key in profileFieldIds ? (key as ProfileField) : null;
}

const toNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text.replace(',', '.')));

/** The draft as the API takes it. */
export function toProfileInput(d: ProfileDraft) {
  return {
    alias: d.alias.trim(),
    occupations: d.occupations.map((o) => ({ occupationUri: o.uri, years: toNumber(o.years) })),
    skills: d.skills,
    certificates: d.certificates,
    nlqfLevel: toNumber(d.nlqfLevel),
    postcode: d.postcode.trim(),
    travel: { mode: d.mode, maxMinutes: toNumber(d.maxMinutes) },
    hoursMin: toNumber(d.hoursMin),
    hoursMax: toNumber(d.hoursMax),
    consent: { visibleToEmployers: d.visibleToEmployers, shareWithAdviser: d.shareWithAdviser },
  };
}

/** Checks with the shared schema the API uses; the first Dutch message per field. */
export function checkProfile(d: ProfileDraft): Map<ProfileField, string> {
  const input = toProfileInput(d);
  const result = profileInputSchema.safeParse({
    ...input,
    certificates: input.certificates.map((c) => c.toLowerCase().replace(/_/g, '-')),
    travel: { ...input.travel, mode: input.travel.mode.toLowerCase() },
  });
  const problems = new Map<ProfileField, string>();
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const field = profileFieldOf(issue.path.map(String).join('.'));
    if (field && !problems.has(field)) problems.set(field, issue.message);
  }
  return problems;
}
