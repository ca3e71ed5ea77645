/**
 * The "Done when" figures of issue 10, in one place. quality.test.ts asserts them on the HELD-OUT half;
 * npm run quality prints them next to the figures.
 */
export const thresholds = {
  /** Held-out half: nDCG@10 of matchVacancies. */
  ndcg10: 0.7,
  /** ... and at least this many times the keyword baseline's nDCG@10 over the same vacancies. */
  ndcgOverBaseline: 1.5,
  /** Held-out half: share of the top 10 rated >= 1. */
  p10: 0.9,
  /** Typed job titles read correctly (top reading accepted; unreadable ones asked with an accepted suggestion). */
  titlesReadRight: 0.9,
  /** Of the titles not read right: returned unread with at least one accepted suggestion. */
  titlesRestAskedRight: 0.95,
  /** Typed skills read correctly. */
  skillsReadRight: 0.85,
  /** Typed items neither read nor reported as unread. */
  droppedItems: 0,
  /** Search: at least this many of the top 10 are of the occupation or a close one (or all that exist). */
  searchMinHits: 8,
  /** Share of the search titles that must pass, without a place and with a postcode + radius ("for each"). */
  searchTitlesPassing: 1,
  /** Empty and nonsense profiles: matches labelled as fitting. */
  emptyProfileFitting: 0,
  /** Share of top-3 matches that name a matched essential skill or related experience ("every"). */
  top3Evidence: 1,
  /** Demo jobseeker (former cabin crew): growing-sector vacancies in her top 10. */
  demoGrowingInTop10: 7,
  /** ... and "past na een opleiding" matches whose courses are in the catalogue. */
  demoAfterCourse: 1,
  /** Sizes the issue asks for (whole sets, both halves). */
  minProfiles: 60,
  minTitles: 100,
  minSkills: 60,
  minSearchTitles: 30,
} as const;
