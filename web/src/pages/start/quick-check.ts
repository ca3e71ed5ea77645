import type { MatchProfileInput, TravelMode } from '../../gql/graphql.ts';

/** The hours question offers bands rather than two numbers: one tap on a phone. */
export const hoursChoices = ['upTo16', '16to24', '24to32', '32to40', 'any'] as const;
export type HoursChoice = (typeof hoursChoices)[number];
export const hoursRanges: Record<HoursChoice, readonly [number, number]> = {
  upTo16: [8, 16],
  '16to24': [16, 24],
  '24to32': [24, 32],
  '32to40': [32, 40],
  any: [8, 40],
};

/** An occupation the visitor picked from "Bedoel je…?" instead of what they typed. */
export interface ChosenOccupation {
  uri: string;
  labelNl: string;
}

/** The answers as typed: numbers stay text until checked. */
export interface QuickCheckDraft {
  job: string;
  chosen: ChosenOccupation | null;
  postcode: string;
  hours: HoursChoice | '';
  /** A sector key, or '' for "not said". */
  wish: string;
  /** An NLQF level as text, or '' for "I don't know". */
  level: string;
  mode: TravelMode;
  maxMinutes: string;
}

export const emptyDraft: QuickCheckDraft = {
  job: '',
  chosen: null,
  postcode: '',
  hours: '',
  wish: '',
  level: '',
  mode: 'OV',
  maxMinutes: '45',
};

/**
 * What the check assumes when the visitor skips the optional questions: mbo 3 (the most common level
 * of the jobs people leave in the shrinking sectors) and 45 minutes by public transport (anyone can
 * use it; the whole region is within reach). The form says both in its hints.
 */
export const assumedLevel = 3;
/** Years in the chosen occupation: the engine assumes the same for a job typed without years. */
const assumedYears = 2;

export type QuickCheckField = 'job' | 'postcode' | 'hours' | 'maxMinutes';
export type PostcodeProblem = 'missing' | 'invalid' | 'unknown';
export type Problem = 'jobMissing' | 'jobTooLong' | PostcodeProblem | 'hoursMissing' | 'minutesInvalid';

export const fieldIds: Record<QuickCheckField, string> = {
  job: 'check-job',
  postcode: 'check-postcode',
  hours: 'check-hours-upTo16',
  maxMinutes: 'check-minutes',
};

/** A postcode check that says which problem a value has, or gives its PC4 area. */
export type PostcodeChecker = (
  value: string,
) => { ok: true; postcode: string } | { ok: false; problem: PostcodeProblem };

/** Every problem with the answers at once, in the order of the form. */
export function checkDraft(d: QuickCheckDraft, checkPostcode: PostcodeChecker): Map<QuickCheckField, Problem> {
  const problems = new Map<QuickCheckField, Problem>();
  const job = d.job.trim();
  if (!d.chosen && !job) problems.set('job', 'jobMissing');
  else if (job.length > 100) problems.set('job', 'jobTooLong');
  const postcode = checkPostcode(d.postcode);
  if (!postcode.ok) problems.set('postcode', postcode.problem);
  if (!d.hours) problems.set('hours', 'hoursMissing');
  const minutes = Number(d.maxMinutes);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 120) problems.set('maxMinutes', 'minutesInvalid');
  return problems;
}

/** The answers as the API's inline profile; call after checkDraft found nothing. */
export function toMatchProfile(d: QuickCheckDraft): MatchProfileInput {
  const [hoursMin, hoursMax] = hoursRanges[d.hours || 'any'];
  return {
    profile: {
      occupations: d.chosen ? [{ occupationUri: d.chosen.uri, years: assumedYears }] : [],
      skills: [],
      nlqfLevel: d.level ? Number(d.level) : assumedLevel,
      postcode: d.postcode.trim().slice(0, 4),
      travel: { mode: d.mode, maxMinutes: Number(d.maxMinutes) },
      hoursMin,
      hoursMax,
    },
    occupationTexts: d.chosen ? [] : [d.job.trim()],
  };
}

const storageKey = 'werkbrug.quickCheck';

/**
 * The answers stay in this browser tab (sessionStorage) and nowhere else: back from a vacancy shows
 * the same advice, and the registration page can offer to start the profile from them.
 */
export function saveDraft(d: QuickCheckDraft): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(d));
  } catch {
    // Storage can be blocked; the check still works, it is only not remembered.
  }
}

export function loadDraft(): QuickCheckDraft | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<QuickCheckDraft>;
    return { ...emptyDraft, ...parsed };
  } catch {
    return null;
  }
}
