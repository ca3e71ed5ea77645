import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { FundingSchemeData } from '@werkbrug/shared/schemas/funding';
import type { Catalog } from './model/catalog.ts';
import type {
  MoreOfKind,
  ProfileLike,
  ResolutionReport,
  TaxonomyLookup,
  VacancyFilter,
  VacancyMatch,
} from './model/types.ts';
import { resolveProfile } from './profile/resolve.ts';
import { createModel, type Model } from './model/model.ts';
import { buildPerson } from './profile/person.ts';
import { readSituation } from './profile/situation.ts';
import { createScoreState, type ScoreState } from './scoring/score-state.ts';
import { compileFilter } from './scoring/hard-filters.ts';
import { scanVacancies } from './scoring/score.ts';
import { namesOf } from './scoring/labels.ts';
import { careerPaths, type CareerPath } from './routes/career-paths.ts';
import { inReachFromScan } from './routes/in-reach.ts';
import { adviceFor, type ProfileAdvice } from './scoring/advice.ts';
import { rankMatches } from './routes/rank-matches.ts';
import { matchCourses, type CourseMatches } from './routes/course-matches.ts';
import { matchProfiles, type ProfileMatches } from './scoring/match-profiles.ts';
import { dayNumber, todayIso } from './model/days.ts';

export interface MatchVacanciesOptions {
  filter?: VacancyFilter;
  /** Text relevance per vacancy id (0..1) from the search engine, when the visitor typed a query. */
  textScores?: ReadonlyMap<string, number>;
  /** 'filter' (default): only vacancies the query found; 'boost': all, the query only adds points. */
  textMode?: 'filter' | 'boost';
  first?: number;
  /** Compute a bridge (courses, fit after) for each returned match. Default true. */
  bridges?: boolean;
}

export interface VacancyMatches {
  matches: VacancyMatch[];
  /** How many vacancies passed the hard filters (every one of them was scored). */
  total: number;
  resolution: ResolutionReport;
  /** Occupations with more fitting vacancies than the first ten show ("meer van dit soort"). */
  moreOfKind: MoreOfKind[];
  /** When we know too little of the person to say what fits: what to add. */
  advice: ProfileAdvice | null;
}

export interface MatchingEngine {
  matchVacancies(profile: ProfileLike, options?: MatchVacanciesOptions): VacancyMatches;
  matchCourses(
    profile: ProfileLike,
    options?: { vacancyId?: string; occupationUri?: string; first?: number },
  ): CourseMatches & { resolution: ResolutionReport };
  careerPaths(
    profile: ProfileLike,
    options?: { first?: number },
  ): { paths: CareerPath[]; resolution: ResolutionReport };
  matchProfiles(
    vacancyId: string,
    profiles: readonly (ProfileLike & { id: string })[],
    options?: { first?: number },
  ): ProfileMatches;
}

export interface EngineDeps {
  taxonomy: Taxonomy;
  catalog: Catalog;
  lookup: TaxonomyLookup;
  /** ISO date of today; injectable so tests and seeded data agree on what is still open. */
  today?: () => string;
  /** The funding schemes as they are now; the shipped ones when not given. */
  fundingSchemes?: () => readonly FundingSchemeData[];
}

const maxFirst = 500;
function clampFirst(first: number | undefined, fallback: number): number {
  const n = first === undefined || !Number.isFinite(first) ? fallback : Math.floor(first);
  return Math.max(0, Math.min(maxFirst, n));
}

export function createMatchingEngine(deps: EngineDeps): MatchingEngine {
  const model: Model = createModel(deps.taxonomy, deps.catalog, deps.lookup, deps.fundingSchemes);
  const today = () => dayNumber((deps.today ?? todayIso)());

  const names = namesOf(model);
  const prepare = (profile: ProfileLike, textScores?: ReadonlyMap<string, number>) => {
    const resolved = resolveProfile(profile, model.taxonomy, model.lookup);
    const situation = readSituation(model, profile, resolved);
    const state: ScoreState | null = createScoreState(model, resolved, buildPerson(model, resolved), situation, {
      today: today(),
      textScores,
    });
    return { state, report: resolved.report };
  };

  return {
    matchVacancies(profile, options = {}) {
      const { state, report } = prepare(profile, options.textScores);
      if (!state) return { matches: [], total: 0, resolution: report, moreOfKind: [], advice: null };
      const requireText = options.textScores !== undefined && (options.textMode ?? 'filter') === 'filter';
      const filter = compileFilter(options.filter, requireText, model);
      const ranked = rankMatches(state, filter, clampFirst(options.first, 20), names, {
        bridges: options.bridges ?? true,
        diverse: !(options.filter?.occupationUris && options.filter.occupationUris.length > 0),
      });
      return { ...ranked, resolution: report, advice: adviceFor(state, ranked.matches, names) };
    },

    matchCourses(profile, options = {}) {
      const { state, report } = prepare(profile);
      const vacancySlot =
        options.vacancyId === undefined ? undefined : model.catalog.vacancies.slotById.get(options.vacancyId);
      const occupationIndex =
        options.occupationUri === undefined
          ? undefined
          : model.taxonomy.occupations.findIndex((o) => o.uri === options.occupationUri);
      const unknownTarget = (options.vacancyId !== undefined && vacancySlot === undefined) || occupationIndex === -1;
      if (!state || unknownTarget) {
        return {
          target: options.vacancyId ? 'vacancy' : options.occupationUri ? 'occupation' : 'profile',
          missingSkills: [],
          courses: [],
          bridge: null,
          resolution: report,
        };
      }
      return {
        ...matchCourses(state, { vacancySlot, occupationIndex }, clampFirst(options.first, 10)),
        resolution: report,
      };
    },

    careerPaths(profile, options = {}) {
      const { state, report } = prepare(profile);
      if (!state) return { paths: [], resolution: report };
      const scan = scanVacancies(state, compileFilter(undefined, false, model), 1);
      inReachFromScan(state, scan);
      return { paths: careerPaths(state, scan, clampFirst(options.first, 10), names), resolution: report };
    },

    matchProfiles(vacancyId, profiles, options = {}) {
      const slot = model.catalog.vacancies.slotById.get(vacancyId);
      if (slot === undefined) return { visible: [], hiddenCount: 0 };
      return matchProfiles(model, slot, profiles, { first: clampFirst(options.first, 20), today: today() });
    },
  };
}
