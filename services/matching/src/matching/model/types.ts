import type { Profile, ProfileInput } from '@werkbrug/shared/schemas/profile';
import type { Vacancy, ContractType } from '@werkbrug/shared/schemas/vacancy';
import type { Course } from '@werkbrug/shared/schemas/course';
import type { FundingUse } from '@werkbrug/shared/courses/funding-rules';

export type { FundingUse };
import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { TravelMode } from '@werkbrug/shared/schemas/profile';
import type { CertificateKey } from '@werkbrug/shared/schemas/certificate';
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
  /** `evidence` adds fit, `modulator` multiplies it. */
  kind: 'evidence' | 'modulator';
  labelNl: string;
  labelEn: string;
  /** 0..1 */
  value: number;
  /** For evidence: how strongly a full value counts; for a modulator 1. */
  weight: number;
  /** Points this component adds (evidence, >= 0) or takes off (modulator, <= 0); they sum to the score. */
  contribution: number;
}

/** How a match is labelled; always in the band of its score (weights.ts `labels`). */
export type MatchLabel = 'good' | 'fair' | 'possible' | 'no_fit' | 'too_little_known';

/** Fits now, or after the courses of its bridge (ranked by the fit after, discounted by the weeks). */
export type MatchFit = 'now' | 'after_course';

/** One reason, as a code with its parameters; both languages are rendered from it (scoring/phrases.ts). */
export interface Reason {
  code: ReasonCode;
  effect: 'plus' | 'minus' | 'info';
  /** Points it adds (plus) or takes off (minus, negative); 0 for information. */
  points: number;
  params: ReasonParams;
  textNl: string;
  textEn: string;
}

export type ReasonCode =
  | 'after_course'
  | 'skills'
  | 'skills_missing'
  | 'same_occupation'
  | 'related_experience'
  | 'wish_occupation'
  | 'wish_sector'
  | 'route_bbl'
  | 'route_starters'
  | 'garantiebaan'
  | 'growing_sector'
  | 'close_by'
  | 'hours_too_many'
  | 'hours_too_few'
  | 'level_above'
  | 'over_qualified'
  | 'shrinking_sector'
  | 'steering'
  | 'leave_field'
  | 'elsewhere'
  | 'far_away'
  | 'missing_certificate'
  | 'not_garantiebaan'
  | 'needs_experience'
  | 'bbl_has_trade'
  | 'search_words'
  | 'too_little_known';

/** Parameters of a reason: numbers, and keys or URIs that phrases turn into names. */
export interface ReasonParams {
  matched?: number;
  total?: number;
  occupationUri?: string;
  years?: number;
  sector?: SectorKey;
  certificate?: CertificateKey;
  certificateRoute?: 'day' | 'short' | 'long';
  offeredMin?: number;
  offeredMax?: number;
  wantedMin?: number;
  wantedMax?: number;
  requiredLevel?: number;
  personLevel?: number;
  minutes?: number;
  mode?: TravelMode;
  /** Weeks of study of the bridge (`after_course`). */
  weeks?: number;
  /** What to add to the profile for `too_little_known`. */
  add?: readonly ('occupation' | 'skills' | 'wish')[];
}

/** A past occupation that counts as related experience for this vacancy. */
export interface RelatedExperience {
  occupationUri: string;
  labelNl: string;
  labelEn: string;
  years: number;
  /** 0..1, how close it is to the vacancy's occupation (1: the same). */
  similarity: number;
  /** A documented regional move leads from it to this occupation (model/sector-routes.ts). */
  documentedRoute: boolean;
}

export interface MatchExplanation {
  /** One or two lines in plain Dutch (B1): the label, the biggest plus, the biggest minus. */
  summary: string;
  /** The same in English. */
  summaryEn: string;
  label: MatchLabel;
  /** Evidence of fit, 0..1: below weights.ts `evidence.minimum` the label is too_little_known. */
  evidence: number;
  /** Every reason, plus first then minus, each by points; the summary names the first of each. */
  reasons: Reason[];
  relatedExperience: RelatedExperience[];
  /** Required certificates the person lacks. */
  missingCertificates: CertificateKey[];
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
  /** Fit now, 0..100, one decimal. */
  score: number;
  /** What the list is ordered by, 0..100: fit now, or for `after_course` the fit after, discounted. */
  rank: number;
  fit: MatchFit;
  /** The label of `rank` (and so of the score for `now`). */
  label: MatchLabel;
  explanation: MatchExplanation;
  bridge?: Bridge;
  /**
   * On the last of an occupation's vacancies in the first ten when more of that occupation fit: how
   * many more ("meer van dit soort"). They follow further down, or with a filter on the occupation.
   */
  moreOfKind?: number;
}

/** An occupation that had more fitting vacancies than the first ten may show. */
export interface MoreOfKind {
  occupationUri: string;
  /** Fitting vacancies of this occupation in reach that are not in the first ten. */
  count: number;
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
