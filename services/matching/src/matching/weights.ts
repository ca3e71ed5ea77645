/**
 * Every number that shapes a match lives here, so an adviser (or an auditor) can read in one place
 * why a score is what it is. Changing a number here changes behaviour everywhere; the unit and
 * quality tests say whether that was a good idea.
 */

/** The named components of a match score. Each is 0..1; the score is their weighted sum x 100. */
export const componentNames = ['skills', 'transition', 'education', 'reach', 'hours', 'outlook', 'text'] as const;
export type ComponentName = (typeof componentNames)[number];

/**
 * Base weights. Without a search query they sum to 1. A component that does not apply to a person
 * (no query typed: `text`; no work history known: `transition`) is left out and the remaining weights
 * are scaled up to sum to 1 again, so a school leaver is not marked down for having no past job.
 *
 * - skills .37: "can you do this job?" is the main question; the vacancy's essential skills decide.
 * - transition .22: how close your past occupations are to this one (whole skill profile, the ISCO
 *   family, documented regional routes). An ad lists 5-12 skills, often none of them shared across
 *   sectors, so this is what tells a sensible move (cabin crew -> care) from a random growing job.
 * - outlook .15: regional policy is to steer people towards growing sectors (doe-agenda 2020-2022);
 *   large enough to lift a growing-sector job over an equal shrinking-sector one, too small to push
 *   a poor fit over a good one.
 * - reach .08 and hours .08: inside the hard limits these are preferences, not deal breakers.
 * - education .10: one level short is recoverable; more is a real gap (see `education` below).
 * - text .20 when a query is given: the visitor told us what they look for, so it weighs in clearly.
 *
 * History: the first cut was skills .40, transition .15, reach .12; on the labelled cases of
 * test/quality (cabin crew, hospitality, steel, ...) distance noise then outranked the move itself,
 * so transition went up and reach down. Re-run `npx tsx test/quality/evaluate.ts` after any change.
 *
 * Hard filters are not weights: they remove a vacancy instead of lowering it. A vacancy is out when
 * it is closed or its validThrough is before today, when the estimated travel time exceeds the
 * person's limit, or when its maximum hours are below half of the person's minimum (`hours` below).
 */
export const baseWeights: Record<ComponentName, number> = {
  skills: 0.37,
  transition: 0.22,
  education: 0.1,
  reach: 0.08,
  hours: 0.08,
  outlook: 0.15,
  text: 0.2,
};

export const componentLabelsNl: Record<ComponentName, string> = {
  skills: 'Vaardigheden',
  transition: 'Ervaring in een vergelijkbaar beroep',
  education: 'Opleidingsniveau',
  reach: 'Reistijd',
  hours: 'Uren per week',
  outlook: 'Kansen in de sector',
  text: 'Past bij je zoekwoorden',
};

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
  /** Same ESCO-derived skill group (the sector where the skill is most essential) adds this much. */
  sameGroupBonus: 0.1,
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
  /** A bridge holds at most this many courses: more is not a realistic plan. */
  maxCourses: 3,
  /** Course level may be at most this many NLQF levels above the person's level. */
  maxLevelAbovePerson: 1,
  /** A course must teach at least one missing skill per 26 weeks (half a year) of study to be proposed. */
  minSkillsPerWeek: 1 / 26,
  /** What the STAP budget pays per course (euros). */
  stapMaxEuros: 1000,
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

export const resolve = {
  /** A free-text skill or occupation is accepted when the best lookup hit scores at least this. */
  minScore: 0.6,
  /** Hits from this score on are offered as suggestions when nothing was accepted. */
  suggestionScore: 0.3,
} as const;

export const summary = {
  /** Score bands for the opening words of the Dutch summary. */
  good: 70,
  fair: 50,
} as const;
