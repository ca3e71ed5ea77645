import type { Profile, ProfileInput } from '@werkbrug/shared/schemas/profile';
import type { Vacancy, ContractType } from '@werkbrug/shared/schemas/vacancy';
import type { Course } from '@werkbrug/shared/schemas/course';
import type { FundingUse } from '@werkbrug/shared/courses/funding-rules';

export type { FundingUse };
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

/** One step of a route: a course at a dated start, what it closes and what it costs you. */
export interface BridgeCourse {
  courseId: string;
  course: Course;
  /** The missing essential skills this course teaches. */
  teaches: SkillRef[];
  /** Missing certificates this course gives (keys). */
  certificates: string[];
  durationWeeks: number;
  /** The start this plan uses: on or after today and after the previous step ends. */
  startDate: string;
  /** When this step ends (start + duration). */
  endDate: string;
  price: number;
  /** What the person pays after the grant, with the per-person-per-year caps applied over the whole plan. */
  costAfterFunding: number;
  /** The one grant that pays for this course, if any. */
  funding: FundingUse | null;
  /** Loans, money for the employer and schemes of unknown amount: shown, never subtracted. */
  otherFunding: FundingUse[];
  /** Some rule behind this step's cost is uncertain: "check bij je werkadviseur". */
  checkWithAdviser: boolean;
}

/**
 * A route someone can actually take: steps in order, each one starting after the previous one ends, each
 * closing a gap the others do not (one course per gap, never alternatives added together), entry requirements
 * met by what the person has or gains on the way. Offered only when it opens at least one vacancy in reach.
 */
export interface Route {
  /** `courses`: follow the steps, then apply; `learn-work`: a BBL job is the route (leren en werken tegelijk). */
  kind: 'courses' | 'learn-work';
  courses: BridgeCourse[];
  /** Weeks of study: the steps' durations added up (waiting between steps not counted). */
  totalWeeks: number;
  /** The day the last step ends (today for a learn-work route without a course). */
  readyBy: string;
  /** Cost after funding of the whole plan: each step's cost added up. */
  totalCost: number;
  /** Vacancies in reach that are open to you after the route and not before. */
  opensVacancies: number;
  covered: SkillRef[];
  stillMissing: SkillRef[];
  /** Certificates the route gives that a target asked for. */
  certificatesGained: string[];
  checkWithAdviser: boolean;
}

/** A route towards one vacancy, with the score now and after it (0..100); fitAfter >= fitNow. */
export interface Bridge extends Route {
  fitNow: number;
  fitAfter: number;
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
  /** At most this far away (km, straight line), on top of the person's own travel limit. */
  maxKm?: number;
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
