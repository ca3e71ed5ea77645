import type { Profile, ProfileInput } from '@werkbrug/shared/schemas/profile';
import type { Vacancy, ContractType } from '@werkbrug/shared/schemas/vacancy';
import type { Course, FundingScheme } from '@werkbrug/shared/schemas/course';
import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { TravelMode } from '@werkbrug/shared/schemas/profile';
import type { ComponentName } from '../weights.ts';

/**
 * A profile as the engine takes it: the shared Profile shape without ids (so an anonymous visitor's
 * inline profile works), plus free text for skills and occupations the visitor could not pick from
 * the taxonomy. `demographics` may be present but is never read.
 */
export type ProfileLike = ProfileInput & {
  /** Accepted so a stored Profile can be passed as it is; never read (see fairness.test.ts). */
  demographics?: Profile['demographics'] | null;
  skillTexts?: readonly string[];
  /** Occupations as typed, without years: each counts `skills.defaultYears` years (weights.ts). */
  occupationTexts?: readonly string[];
  /** Occupations as typed with the years the person did them ("stewardess KLM", 25). */
  typedOccupations?: readonly { text: string; years?: number | null }[];
};

export interface SkillRef {
  uri: string;
  labelNl: string;
}

export interface MissingSkill extends SkillRef {
  /** Partial credit (0..1) earned through a related skill you have; 0 when nothing related. */
  relatedCredit: number;
}

export interface ComponentExplanation {
  name: ComponentName;
  labelNl: string;
  /** 0..1 */
  value: number;
  /** Effective weight after leaving out components that do not apply; weights sum to 1. */
  weight: number;
  /** value x weight x 100: the points this component adds to the score. */
  contribution: number;
}

export interface MatchExplanation {
  summary: string;
  components: ComponentExplanation[];
  matchedSkills: SkillRef[];
  missingSkills: MissingSkill[];
  matchedOptionalSkills: SkillRef[];
  distanceKm: number;
  travelMinutes: number;
  travelMode: TravelMode;
  requiredLevel: number;
  personLevel: number;
  outlook: Outlook;
}

export interface BridgeCourse {
  courseId: string;
  course: Course;
  /** The missing essential skills this course teaches. */
  teaches: SkillRef[];
  durationWeeks: number;
  /** First start date on or after today. */
  startDate: string;
  price: number;
  /** What the person pays after the best funding they qualify for. */
  costAfterFunding: number;
  funding: FundingScheme | null;
}

export interface Bridge {
  /** Score now and after following every course (0..100); fitAfter >= fitNow. */
  fitNow: number;
  fitAfter: number;
  courses: BridgeCourse[];
  /** Weeks when the courses are followed one after the other. */
  totalWeeks: number;
  totalCost: number;
  covered: SkillRef[];
  stillMissing: SkillRef[];
}

export interface VacancyMatch {
  vacancyId: string;
  vacancy: Vacancy;
  /** 0..100, one decimal. */
  score: number;
  explanation: MatchExplanation;
  bridge?: Bridge;
}

export interface VacancyFilter {
  sectors?: readonly SectorKey[];
  contractTypes?: readonly ContractType[];
  /** The vacancy must offer at least this many hours per week (its maximum). */
  minHours?: number;
  garantiebaanOnly?: boolean;
  occupationUris?: readonly string[];
}

export interface ResolutionSuggestion {
  /** An ESCO URI, or `certificate:<key>` for a certificate. */
  uri: string;
  /** The label to show: Dutch, or English where no Dutch label is written yet (see `lang`). */
  labelNl: string;
  lang: 'nl' | 'en';
  score: number;
}

export interface UnresolvedItem {
  kind: 'skill' | 'occupation' | 'postcode';
  value: string;
  /** Ranked, best first; empty only when nothing comes close. */
  suggestions: ResolutionSuggestion[];
}

export interface ResolvedText {
  kind: 'skill' | 'occupation' | 'certificate';
  text: string;
  /** An ESCO URI, or `certificate:<key>` for a certificate. */
  uri: string;
  labelNl: string;
  lang: 'nl' | 'en';
  score: number;
  /** Years counted for a typed occupation (null for skills and certificates). */
  years: number | null;
}

export interface ResolutionReport {
  resolved: ResolvedText[];
  unresolved: UnresolvedItem[];
}

/** Reads free text (Dutch or English, typos allowed) as occupations, skills and certificates. */
export type { TextReader as TaxonomyLookup } from '../profile/reader/types.ts';
