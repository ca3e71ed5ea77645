/**
 * Every number that shapes a match lives here, so an adviser (or an auditor) can read in one place
 * why a score is what it is. Changing a number here changes behaviour everywhere; the unit and
 * quality tests say whether that was a good idea.
 */

/**
 * The components of a match score, declared once, by name: each is 0..1 and the score is their
 * weighted sum x 100. The evaluator (scoring/components.ts) has one formula per name, the explanation
 * lists them in this order with these labels, and `effectiveWeights` reads these weights. To add a
 * component: declare it here, give it a formula in the evaluator (the type-checker asks for one).
 *
 * Without a search query the base weights sum to 1. A component with `onlyWhen` is left out when it
 * does not apply to a person, and the remaining weights are scaled up to sum to 1 again, so a school
 * leaver is not marked down for having no past job.
 *
 * History: the first cut was skills .40, transition .15, reach .12; on the labelled cases of
 * test/quality (cabin crew, hospitality, steel, ...) distance noise then outranked the move itself,
 * so transition went up and reach down. Re-run `npm run quality` after any change.
 *
 * Hard filters are not weights: they remove a vacancy instead of lowering it. A vacancy is out when
 * it is closed or its validThrough is before today, when the estimated travel time exceeds the
 * person's limit, or when its maximum hours are below half of the person's minimum (`hours` below).
 */
export interface ComponentDeclaration {
  readonly name: string;
  readonly weight: number;
  /** How the explanation names it (Dutch, B1). */
  readonly labelNl: string;
  /** Why it weighs what it weighs. */
  readonly reason: string;
  /** Left out (weight 0, the rest scaled up) unless this holds for the request. */
  readonly onlyWhen?: string;
}

export const components = [
  {
    name: 'skills',
    weight: 0.37,
    labelNl: 'Vaardigheden',
    reason: '"Can you do this job?" is the main question; the vacancy\'s essential skills decide.',
  },
  {
    name: 'transition',
    weight: 0.22,
    labelNl: 'Ervaring in een vergelijkbaar beroep',
    reason:
      'How close your past occupations are to this one (whole skill profile, the ISCO family, documented ' +
      'regional routes). An ad lists 5-12 skills, often none of them shared across sectors, so this is what ' +
      'tells a sensible move (cabin crew -> care) from a random growing job.',
    onlyWhen: 'the work history is known',
  },
  {
    name: 'education',
    weight: 0.1,
    labelNl: 'Opleidingsniveau',
    reason: 'One level short is recoverable; more is a real gap (see `education` below).',
  },
  {
    name: 'reach',
    weight: 0.08,
    labelNl: 'Reistijd',
    reason: 'Inside the hard travel limit this is a preference, not a deal breaker.',
  },
  {
    name: 'hours',
    weight: 0.08,
    labelNl: 'Uren per week',
    reason: 'Inside the hard hours limit this is a preference, not a deal breaker.',
  },
  {
    name: 'outlook',
    weight: 0.15,
    labelNl: 'Kansen in de sector',
    reason:
      'Regional policy is to steer people towards growing sectors (doe-agenda 2020-2022); large enough to ' +
      'lift a growing-sector job over an equal shrinking-sector one, too small to push a poor fit over a good one.',
  },
  {
    name: 'text',
    weight: 0.2,
    labelNl: 'Past bij je zoekwoorden',
    reason: 'The visitor told us what they look for, so it weighs in clearly.',
    onlyWhen: 'a search query was typed',
  },
] as const satisfies readonly ComponentDeclaration[];

export type ComponentName = (typeof components)[number]['name'];

/** The names in declaration order: the order of weight and value arrays. */
export const componentNames: readonly ComponentName[] = components.map((c) => c.name);

/** The base weights by name (derived from `components`). */
export const baseWeights = Object.fromEntries(components.map((c) => [c.name, c.weight])) as Record<
  ComponentName,
  number
>;

export const skills = {
  /** Optional skills count for this share of the skills component when the vacancy lists any. */
  optionalShare: 0.2,
  /** A missing skill that is closely related to one you have earns at most this share of a full skill. */
  relatedCredit: 0.5,
  /** Skills implied by an occupation you held: weight = min(1, base + years / yearsToFull). */
  impliedBase: 0.5,
  impliedYearsToFull: 10,
  /** Years assumed when an occupation is typed as free text without a number of years. */
  defaultYears: 2,
} as const;

export const relatedness = {
  /** Pairs below this similarity are not related at all (noise in word overlap). */
  minSimilarity: 0.3,
  /**
   * Related skills kept per skill, by meaning and by co-occurrence separately: skills of one narrow
   * occupation all co-occur perfectly, and would otherwise crowd out the links across occupations
   * that transitions need ("metaal gieten" and "metalen verbinden").
   */
  maxByMeaning: 16,
  maxByCooccurrence: 8,
  /** Co-occurrence in the same occupations counts for this share (it is a weaker hint than meaning). */
  cooccurrenceFactor: 0.5,
  /** Same ESCO skill group (nearest group in the skill hierarchy) adds this much. */
  sameGroupBonus: 0.1,
  /** Term weight of a skill's Dutch synonyms and English variants in its label vector (labels: 1). */
  synonymTermWeight: 0.8,
  altLabelTermWeight: 0.6,
  /** An occupation's optional skills count this much in the co-occurrence vectors (essential: 1). */
  optionalCooccurrence: 0.5,
} as const;

export const transition = {
  /** Share of the ISCO-08 family in occupation similarity; the rest is skill-profile overlap. */
  iscoShare: 0.25,
  /** Similarity for sharing the first 4 / 3 / 2 / 1 digits of the ISCO-08 code. */
  iscoByDigits: [0, 0.2, 0.45, 0.7, 1] as const,
  /** Optional skills weigh half of essential ones in the skill profiles being compared. */
  optionalWeight: 0.5,
  /** Added for a documented regional retraining route between the two sectors (model/sector-routes.ts). */
  routeBonus: 0.2,
} as const;

export const education = {
  /** Value by how many NLQF levels the person is short: 0 (or more than required), 1, 2, 3+. */
  byLevelsShort: [1, 0.6, 0.2, 0] as const,
} as const;

export const reach = {
  /** Travel time at the person's own limit keeps 1 - falloff of the reach value; closer is better. */
  falloff: 0.6,
} as const;

export const hours = {
  /** Hard filter: the vacancy's maximum hours are below this share of the person's minimum hours. */
  hardMinShareOfWanted: 0.5,
  /** Outside the wanted range, each hour of gap (as a share of the wanted bound) costs this much. */
  gapPenalty: 1.6,
} as const;

export const outlookValue = { growing: 1, stable: 0.5, shrinking: 0.2 } as const;

export const bridges = {
  /** A route holds at most this many courses (prerequisites included): more is not a realistic plan. */
  maxCourses: 3,
  /** A course without an entry level may be at most this many NLQF levels above what you have at that point. */
  levelAboveWithoutEntry: 2,
  /** A course must teach at least one missing skill per 26 weeks (half a year) of study, unless it gives a
   * missing certificate or closes a level gap: two years of study for one skill is not a bridge. */
  minSkillsPerWeek: 1 / 26,
  /** When choosing courses, a missing certificate the target requires counts as this many missing skills. */
  certificateWeight: 3,
  /** ...and a diploma that closes a level gap of more than one level as this many. */
  levelWeight: 5,
  /** A course you would still pay for after funding ranks as if it yielded this share: free routes first,
   * because people on a benefit cannot pay a course themselves. */
  paidCourseFactor: 0.6,
  /**
   * People travel further to a course than to work: this many times their own limit, by their own mode or by
   * public transport, and at least `minCourseMinutes` (MBO students commonly travel half an hour to three
   * quarters of an hour to their ROC; someone who wants work within 15 minutes by bike still goes to school
   * in Haarlem).
   */
  courseTravelFactor: 1.5,
  minCourseMinutes: 45,
  /** Beside a learn-work job (BBL) only courses of at most this many hours a week fit (BBL school: 8). */
  maxHoursAlongsideWork: 16,
} as const;

export const careerPaths = {
  /** Open vacancies in reach at which an occupation counts as fully "in demand" (log scale below). */
  demandSaturation: 25,
  /** A course "opens" a vacancy when afterwards you hold at least this share of its essential skills. */
  openCoverage: 0.7,
} as const;

export const employer = {
  /** A profile counts as a match for an employer from this score (0..100) on. */
  minScore: 40,
} as const;

// Reading free text (thresholds, label weights): profile/reader/settings.ts.

export const courseMatches = {
  /** How many of the person's best vacancy matches a profile-wide course list looks at. */
  profileTargetVacancies: 50,
} as const;

export const summary = {
  /** Score bands for the opening words of the Dutch summary. */
  good: 70,
  fair: 50,
} as const;
