/**
 * Every number that shapes a match lives here, so an adviser (or an auditor) can read in one place
 * why a score is what it is. Changing a number here changes behaviour everywhere; the unit and
 * quality tests say whether that was a good idea (tune on test/quality's tuning half only).
 *
 * The model (docs/matching.md): score = 100 x evidence x modulators.
 * - **Evidence of fit** (0..1) comes from three sources, combined as independent hints ("noisy or":
 *   1 - (1 - a)(1 - b)(1 - c)): skills you have, experience in the same or a related occupation, and a
 *   wish backed by a route in. Nothing else can create fit: an empty profile has none.
 * - **Modulators** (each 0..1, multiplied) lower a fit for what makes the job harder to take: hours,
 *   level, travel time, the sector's outlook, steering away from shrinking sectors, a missing
 *   certificate, a target group's route, and (with a query) the search words.
 * Each source and modulator is declared once, by name, in `components` below; scoring/components.ts
 * has one formula per name, and the explanation lists them in this order with these labels.
 *
 * Hard filters are not weights: they remove a vacancy instead of lowering it (scoring/hard-filters.ts):
 * closed or expired, out of travel reach, far too few or far too many hours, an occupation or sector
 * the person rules out.
 */
export interface ComponentDeclaration {
  readonly name: string;
  /** `evidence` adds fit; `modulator` multiplies it (never creates it). */
  readonly kind: 'evidence' | 'modulator';
  /** For evidence: how strongly a full value counts (1 = on its own proves fit). Modulators: 1. */
  readonly weight: number;
  /** How the explanation names it (Dutch, B1) and in English. */
  readonly labelNl: string;
  readonly labelEn: string;
  /** Why it weighs what it weighs. */
  readonly reason: string;
  /** Left out when this does not hold for the request (reported with weight 0). */
  readonly onlyWhen?: string;
}

export const components = [
  {
    name: 'skills',
    kind: 'evidence',
    weight: 1,
    labelNl: 'Vaardigheden',
    labelEn: 'Skills',
    reason: '"Can you do this job?" is the main question; the vacancy\'s essential skills decide.',
  },
  {
    name: 'experience',
    kind: 'evidence',
    weight: 0.9,
    labelNl: 'Ervaring in hetzelfde of een vergelijkbaar beroep',
    labelEn: 'Experience in the same or a related occupation',
    reason:
      'Years in the same or a close occupation are what employers hire on; a documented regional route ' +
      '(cabin crew -> care) counts as closeness. Slightly below skills: an ad can ask what the old job lacked.',
  },
  {
    name: 'wish',
    kind: 'evidence',
    weight: 0.7,
    labelNl: 'Wat je wilt, met een weg erheen',
    labelEn: 'What you want, with a way in',
    reason:
      'A person who wants this work and has a way in (BBL, a job for starters, a short course) is a ' +
      'sensible match even without experience; a wish alone is not a skill, so it counts for less.',
  },
  {
    name: 'hours',
    kind: 'modulator',
    weight: 1,
    labelNl: 'Uren per week',
    labelEn: 'Hours per week',
    reason: 'Too many hours counts as well as too few: a person who can work 12 hours cannot take a 36-hour job.',
  },
  {
    name: 'level',
    kind: 'modulator',
    weight: 1,
    labelNl: 'Opleidingsniveau',
    labelEn: 'Education level',
    reason: 'One level short is recoverable, more is a real gap; far above the job is over-qualification.',
  },
  {
    name: 'reach',
    kind: 'modulator',
    weight: 1,
    labelNl: 'Reistijd',
    labelEn: 'Travel time',
    reason: 'Inside the hard travel limit this is a preference, not a deal breaker.',
  },
  {
    name: 'outlook',
    kind: 'modulator',
    weight: 1,
    labelNl: 'Kansen in de sector',
    labelEn: 'Prospects in the sector',
    reason: 'Regional policy (doe-agenda 2020-2022): growing sectors first, a small difference for everyone.',
  },
  {
    name: 'steering',
    kind: 'modulator',
    weight: 1,
    labelNl: 'Weg uit een krimpsector',
    labelEn: 'Away from a shrinking sector',
    reason:
      'Someone from a shrinking sector who has not said they want to stay is advised towards growing work, ' +
      'as the regional policy asks; saying "I want to stay" switches this off.',
    onlyWhen: 'the person comes from a shrinking sector or wants to leave their field',
  },
  {
    name: 'direction',
    kind: 'modulator',
    weight: 1,
    labelNl: 'De richting die je zoekt',
    labelEn: 'The direction you want',
    reason:
      'Someone who said where they want to go has chosen a direction; work elsewhere is lowered (not removed: ' +
      'only what they rule out is).',
    onlyWhen: 'the person said which occupations or sectors they aim for',
  },
  {
    name: 'certificates',
    kind: 'modulator',
    weight: 1,
    labelNl: 'Certificaten',
    labelEn: 'Certificates',
    reason: 'A required certificate you lack is a named minus, by how long it takes to get (a day, months, years).',
  },
  {
    name: 'targetGroup',
    kind: 'modulator',
    weight: 1,
    labelNl: 'Route voor jouw situatie',
    labelEn: 'Route for your situation',
    reason:
      'Banenafspraak: garantiebanen are the way in; school leavers and people without a start qualification: ' +
      'BBL and jobs for starters. Other jobs are lowered for them, never raised for anyone. Someone who ' +
      'already has the trade: a BBL place of it (made for learning it) is lowered.',
    onlyWhen: 'the person is in the Banenafspraak, a school leaver, has no start qualification, or has work experience',
  },
  {
    name: 'text',
    kind: 'modulator',
    weight: 1,
    labelNl: 'Past bij je zoekwoorden',
    labelEn: 'Matches your search words',
    reason: 'The visitor told us what they look for; a weak text hit lowers a match, never raises it.',
    onlyWhen: 'a search query was typed',
  },
] as const satisfies readonly ComponentDeclaration[];

export type ComponentName = (typeof components)[number]['name'];

/** The names in declaration order: the order of value arrays and of the explanation. */
export const componentNames: readonly ComponentName[] = components.map((c) => c.name);

export const evidence = {
  /**
   * Below this evidence there is no "past" label: "we weten nog te weinig van je", and what to add.
   * Equal to the lowest label band, so a score can never claim more than its evidence.
   */
  minimum: 0.25,
  /** Optional skills count for this share of the skills value when the vacancy lists any. */
  optionalShare: 0.2,
  /** A missing skill that is closely related to one you have earns at most this share of a full skill. */
  relatedCredit: 0.5,
  /**
   * A skill a course on the route teaches counts this much after the course: learned, not yet used at work.
   * A graduate is a starter in the new trade, so a route does not make someone as fit as a person who has
   * done the work (the years factor says the same for 0 years of experience).
   */
  taughtCredit: 0.7,
  /**
   * Years in an occupation -> how surely its skills and experience count: base + (1 - base) x
   * log(1 + years) / log(1 + yearsToFull), capped at 1. 0 years 0.45, 2 years 0.71, 5 years 0.86,
   * 10 years and more 1: "25 years of ground handling is not 2", but the first years count most.
   */
  yearsBase: 0.45,
  yearsToFull: 10,
  /**
   * A held occupation counts as related experience in the explanation from this similarity on: the
   * evidence minimum, so experience that alone carries a "past" label is always named.
   */
  relatedExperience: 0.25,
} as const;

export const contextReading = {
  /** How many of an unsure title's suggestions the named skills may choose between. */
  suggestionsConsidered: 5,
  /** ...and only those that read the text at most this much less well than the best suggestion. */
  scoreWindow: 0.1,
  /** A named skill the occupation lists as optional supports it this much (essential: 1). */
  optionalSupport: 0.5,
  /** The chosen suggestion needs at least this support, and this lead over every other suggestion. */
  minSupport: 1,
  lead: 1,
} as const;

export const wish = {
  /** How much the wish itself counts: this occupation; a close one (similarity >= closeness); this sector. */
  occupation: 1,
  closeOccupation: 0.75,
  closeness: 0.5,
  sector: 0.6,
  /**
   * The way in, 0..1: a BBL or learn-work vacancy, or one open to starters at or below your level +1,
   * is a full route; any other vacancy of a wished occupation still has the course route (bridges) at
   * this strength, a wished sector's other vacancies a weaker one (you would still need the trade).
   */
  routeCourseOccupation: 0.6,
  routeCourseSector: 0.35,
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
  /**
   * Occupation similarity combines three hints as independent ones (like evidence): skill-profile
   * overlap, the ISCO-08 family x this weight, and a documented move (`routeBonus` x strength). ESCO's
   * skill lists are long and specific, so even close occupations (hotel receptionist, receptionist)
   * share few skills; the family says what advisers see: same unit group 0.7, same minor group 0.49.
   */
  iscoWeight: 0.7,
  /** Similarity for sharing the first 0 / 1 / 2 / 3 / 4 digits of the ISCO-08 code. */
  iscoByDigits: [0, 0.2, 0.3, 0.7, 1] as const,
  /**
   * Two elementary occupations (ISCO major group 9: cleaners, kitchen helpers, order pickers, labourers)
   * count as this similar by family: they ask no trade, so one is real experience for another.
   */
  elementaryIsco: 0.45,
  /** Optional skills weigh half of essential ones in the skill profiles being compared. */
  optionalWeight: 0.5,
  /**
   * Added for a documented regional move (model/sector-routes.ts) x its strength. Large enough that a
   * route organised at scale (KLM + ActiZ: cabin crew into elderly care) makes the move look as close
   * as advisers treat it, small enough that a route never equals doing the same job.
   */
  routeBonus: 0.3,
  /** Rows (one per held occupation) kept between requests: 3,007 floats each. */
  cachedRows: 512,
} as const;

export const hours = {
  /** Hard filter: the vacancy's maximum hours are below this share of the person's minimum hours. */
  hardMinShareOfWanted: 0.5,
  /** Hard filter: the vacancy's minimum hours are above this multiple of the person's maximum. */
  hardMaxMultipleOfWanted: 2,
  /** Gap in hours between the ranges (either way) that costs nothing: a contract is often negotiable. */
  freeGap: 3,
  /** Each further hour of gap costs this share, down to `floor`: 8 h off 0.75, 12 h off 0.55. */
  perHour: 0.05,
  floor: 0.2,
} as const;

export const level = {
  /** By NLQF levels the person is short: 0, 1, 2, 3+. */
  byLevelsShort: [1, 0.85, 0.55, 0.3] as const,
  /** The same for a BBL vacancy: school comes with the job, so one level short is the normal case. */
  byLevelsShortBbl: [1, 1, 0.85, 0.55] as const,
  /**
   * By NLQF levels the person is above the job: 0-2 nothing, 3, 4+ (over-qualified: rarely hired, quickly
   * bored; advisers do not send a pilot to drive a truck).
   */
  byLevelsAbove: [1, 1, 1, 0.7, 0.5] as const,
} as const;

export const reach = {
  /** Travel time at the person's own limit keeps 1 - falloff; closer is better. */
  falloff: 0.2,
} as const;

export const outlookValue = { growing: 1, stable: 0.92, shrinking: 0.85 } as const;

export const steering = {
  /**
   * For someone from a shrinking sector who has not said they want to stay: a shrinking-sector vacancy,
   * and (less) a stable one, since the policy leans to growing sectors. Not for people in the
   * Banenafspraak: their way in is a garantiebaan, wherever it is.
   */
  shrinking: 0.7,
  stable: 0.85,
  /** A vacancy in your own field when you said you want to leave it. */
  leaveField: 0.5,
  /** A held occupation counts as "where you come from" from this many years (a summer job does not). */
  minYears: 1,
} as const;

export const direction = {
  /** A vacancy outside the occupations (and close ones) and sectors the person aims for. */
  elsewhere: 0.8,
} as const;

export const certificates = {
  /** Lacking a required certificate, by how long it takes to get (model/certificate-routes.ts). */
  byRoute: { day: 0.95, short: 0.75, long: 0.4 },
  /** A short route in a BBL or learn-work job: the employer trains for it. */
  shortWhenEmployerTrains: 0.92,
} as const;

export const targetGroup = {
  /** Banenafspraak: a garantiebaan 1; a demanding regular job (this level or hours) is rarely reachable. */
  banenafspraakRegular: 0.75,
  banenafspraakDemanding: 0.45,
  demandingLevel: 3,
  demandingHours: 32,
  /** School leaver or no start qualification: a regular job that is not open to starters. */
  starterRegular: 0.8,
  /** NLQF level of a start qualification (mbo 2, havo, vwo): below it a person has none. */
  startQualificationLevel: 2,
  /**
   * A BBL learn-work place is for learning a trade: for someone who already has it (experience in this or a
   * very close occupation, years counted, at least `hasTrade`), an ordinary job of the trade comes first.
   * An independent adviser saw an experienced carpenter's and a nurse's lists open with BBL places.
   */
  hasTrade: 0.6,
  bblWithTrade: 0.8,
} as const;

export const text = {
  /** With a query: value = base + (1 - base) x relevance. */
  base: 0.6,
} as const;

export const labels = {
  /** Score bands of the labels; below `possible` a match with evidence is "past waarschijnlijk niet". */
  good: 65,
  fair: 45,
  possible: 25,
} as const;

export const diversity = {
  /** No more than this many vacancies of one occupation in the first `block` places; the rest move down. */
  perOccupation: 3,
  block: 10,
  /**
   * No more than this many "past na een opleiding" matches in the first `block` places: an adviser
   * shows a few routes beside the work someone can start now, not a list of courses (tuning half: 0
   * to 7 after-course matches in a top 10 before, a third of them rated poor against a fifth of the
   * fits-now; with 3: nDCG@10 0.62 -> 0.63, P@10 0.74 -> 0.76).
   */
  afterCourseInBlock: 3,
} as const;

export const evidenceFirst = {
  /**
   * The first this many matches name evidence the person brings (an essential skill they have, or
   * related experience) whenever the list holds that many: the top three are what people read, and
   * each must say why it fits them (issue 10). Wish-and-route matches follow right after.
   */
  places: 3,
} as const;

export const afterCourse = {
  /** Occupations whose vacancies are also ranked by their fit after a course: the best career paths. */
  paths: 5,
  /** Vacancies per path occupation given an exact bridge (the best by estimated fit after). */
  perPath: 3,
  /**
   * A fit after the route ranks below its value: `base` because a course is effort and not everyone
   * finishes it (intimate care was the main reason cabin crew left the KLM-ActiZ route), plus
   * `perWeek` for each week of study, at most `maxDiscount` in all. An adviser puts a job the person
   * can start now above one that needs weeks of training (independent adviser review, 12 new
   * profiles: hospitality people saw care "na een opleiding" above work they can do today). Base
   * 0.1 -> 0.2, cap 0.35 -> 0.45 on the tuning half: after-course matches in the top 3 52 -> 39,
   * after-course matches above a better-graded fits-now match 112 -> 91, nDCG@10 unchanged (0.62).
   */
  base: 0.2,
  perWeek: 0.006,
  maxDiscount: 0.45,
  /**
   * "Past na een opleiding" only when the route adds at least this many points after the discount,
   * and only for a vacancy the person already has evidence for (at least `evidence.minimum`:
   * experience, a wish, some skills): a course does not create fit.
   */
  minGain: 5,
  /**
   * Experience carries "past na een opleiding" on its own only from this similarity on, or along a
   * documented route (cabin crew -> care). Below it, a waiter or a travel agent is 0.27-0.40 similar
   * to a care helper: enough to name as related experience, too little for an adviser to propose a
   * care course to someone who did not ask for one (tuning half: restaurant manager, travel agent).
   */
  experienceToBuildOn: 0.45,
} as const;

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
  /** Vacancies shown per path: the same matches as the vacancy list would show for them. */
  vacancies: 3,
} as const;

export const employer = {
  /**
   * A profile counts as a match for an employer from this score (0..100) on: the "past misschien" band
   * (`labels.possible`), so an employer sees the people the person's own list would call a fit.
   */
  minScore: labels.possible,
} as const;

/** Kept for the resolver (profile/resolve.ts): implied-skill weight and the years of a typed occupation. */
export const skills = {
  impliedBase: 0.5,
  impliedYearsToFull: 10,
  /** Years assumed when an occupation is typed as free text without a number of years. */
  defaultYears: 2,
} as const;

// Reading free text (thresholds, label weights): profile/reader/settings.ts.

export const courseMatches = {
  /** How many of the person's best vacancy matches a profile-wide course list looks at. */
  profileTargetVacancies: 50,
} as const;
