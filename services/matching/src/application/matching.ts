import type { Profile } from '@werkbrug/shared/schemas/profile';
import { profileInputSchema } from '@werkbrug/shared/schemas/profile';
import { sectorKeys, type SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { ContractType } from '@werkbrug/shared/schemas/vacancy';
import type { ContactRequest, ProfileRepository, VacancyRepository } from '../store/ports.ts';
import type { SearchIndex } from '../search/port.ts';
import type { MatchFit, ProfileLike, VacancyFilter } from '../matching/model/types.ts';
import type { ProfileMatch } from '../matching/scoring/match-profiles.ts';
import { canSeeProfile, ownsVacancy } from '../auth/policy.ts';
import { disabled, forbidden, invalidInput, notFound, unauthenticated } from '../errors.ts';
import type { Caller } from './caller.ts';
import type { AsyncMatcher } from './matcher.ts';
import type { ScoreRecorder } from './scoring-log.ts';
import { candidateShown, careerPathsShown, coursesShown, vacanciesShown } from './scores-shown.ts';
import {
  candidateIds,
  coarsePostcode,
  distanceBand,
  travelBand,
  withoutTrip,
  type DistanceBand,
  type TravelBand,
} from './candidate-privacy.ts';

export interface MatchingDeps {
  /** The kill switch for automated matching; search keeps working without it. */
  enabled: boolean;
  /** The engine, called asynchronously: in worker threads with a deadline, or in process. */
  engine: AsyncMatcher;
  /** Writes every score shown to the scoring log (AI Act art. 12), off the response path. */
  scores: ScoreRecorder;
  search: Pick<SearchIndex, 'searchVacancies'>;
  profiles: ProfileRepository;
  vacancies: VacancyRepository;
  /** Times each kind of match (seconds), for the metrics. */
  observe(kind: string, seconds: number): void;
  /** The key candidate ids are derived from (store.secrets: the same for every instance and restart). */
  candidateKey(): Promise<string>;
}

/** The profile to match: a stored one (by id) or one given inline with free text beside the taxonomy ids. */
export interface ProfileChoice {
  profileId?: string | null;
  profile?: {
    profile: unknown;
    skillTexts?: readonly string[] | null;
    occupationTexts?: readonly string[] | null;
    typedOccupations?: readonly { text: string; years?: number | null }[] | null;
  } | null;
}

export interface MatchFilterInput {
  sectors?: readonly string[] | null;
  contractTypes?: readonly ContractType[] | null;
  minHours?: number | null;
  garantiebaanOnly?: boolean | null;
  occupationUris?: readonly string[] | null;
  maxKm?: number | null;
  /** Fits now, or after a course ('past na een opleiding': ranked by the fit after its route). */
  fit?: MatchFit | null;
}

/** How deep a page of matches may go (offset + first): beyond it, search is the better tool. */
const maxMatchDepth = 200;

/** How many search hits a query may contribute to a match; more are cut off, the best kept. */
const maxTextHits = 1000;

const isSectorKey = (key: string): key is SectorKey => (sectorKeys as readonly string[]).includes(key);

/** The schema has already refused unknown sectors; this only gives the engine its own filter type. */
function toVacancyFilter(filter: MatchFilterInput | null | undefined): VacancyFilter | undefined {
  if (!filter) return undefined;
  return {
    sectors: filter.sectors?.filter(isSectorKey) ?? undefined,
    contractTypes: filter.contractTypes ?? undefined,
    minHours: filter.minHours ?? undefined,
    garantiebaanOnly: filter.garantiebaanOnly ?? undefined,
    occupationUris: filter.occupationUris ?? undefined,
    maxKm: filter.maxKm ?? undefined,
  };
}

/** What an employer is shown of one candidate: no exact distance or travel time (candidate-privacy.ts). */
export interface CandidateCard extends Omit<ProfileMatch, 'explanation'> {
  profile: Profile;
  /** The employer's own request to get in touch, once the schema has looked it up. */
  contactRequest?: Pick<ContactRequest, 'status' | 'createdAt' | 'answeredAt'> | null;
  /** Random-looking, different per vacancy, and not derived from the profile id without the key. */
  candidateId: string;
  explanation: Omit<ProfileMatch['explanation'], 'distanceKm' | 'travelMinutes'>;
  distanceBand: DistanceBand;
  travelBand: TravelBand;
}

/** Matching for people (vacancies, courses, career paths) and for employers (candidates). Advice only. */
export function createMatchingUseCases(deps: MatchingDeps) {
  const { engine } = deps;

  function assertEnabled(): void {
    if (!deps.enabled) {
      throw disabled(
        'Automatisch matchen staat tijdelijk uit. Zoeken werkt wel. Je werkadviseur kan je verder helpen.',
      );
    }
  }

  /** Exactly one of the two; a stored profile only for the person and their adviser. */
  async function profileFor(caller: Caller, choice: ProfileChoice): Promise<ProfileLike> {
    assertEnabled();
    if ((choice.profileId == null) === (choice.profile == null)) {
      throw invalidInput([
        { path: 'profileId', message: 'Geef een profiel op: een bestaand profiel of een nieuw profiel, niet allebei.' },
      ]);
    }
    if (choice.profileId != null) {
      const stored = await deps.profiles.get(choice.profileId);
      if (!stored) throw notFound('Dit profiel');
      if (!canSeeProfile(caller.user, stored)) throw caller.user ? forbidden() : unauthenticated();
      return stored;
    }
    const inline = choice.profile!;
    const parsed = profileInputSchema.parse(inline.profile);
    return {
      ...parsed,
      skillTexts: inline.skillTexts ?? [],
      occupationTexts: inline.occupationTexts ?? [],
      typedOccupations: inline.typedOccupations ?? [],
    };
  }

  async function timed<T>(kind: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      deps.observe(kind, (performance.now() - started) / 1000);
    }
  }

  /** Who the scores are about: a stored profile by id, an inline one only by its version. */
  const subject = (choice: ProfileChoice, profile: ProfileLike) => ({
    profileId: choice.profileId ?? null,
    profile,
  });
  const job = (caller: Caller) => ({ anonymous: !caller.user });

  return {
    /** Vacancies that fit; with a query only those the search engine also finds, its relevance a component. */
    async vacancies(
      caller: Caller,
      choice: ProfileChoice,
      options: { query?: string | null; filter?: MatchFilterInput | null; first: number; offset?: number },
    ) {
      const profile = await profileFor(caller, choice);
      let textScores: Map<string, number> | undefined;
      const text = options.query?.trim();
      if (text) {
        const page = await deps.search.searchVacancies({ text, offset: 0, limit: maxTextHits });
        textScores = new Map(page.hits.map((h) => [h.id, h.score]));
      }
      const filter = toVacancyFilter(options.filter);
      const offset = options.offset ?? 0;
      if (offset + options.first > maxMatchDepth)
        throw invalidInput([{ path: 'offset', message: `Je kunt hoogstens ${maxMatchDepth} matches doorbladeren.` }]);
      const fit = options.filter?.fit;
      // "Fits now / after a course" is the engine's `fit` of each match (one list, ranked by the fit now or
      // after the route), so the engine ranks the whole depth and the page is cut after that filter.
      const depth = fit ? maxMatchDepth : offset + options.first;
      const ranked = await timed('vacancies', () =>
        engine.matchVacancies(job(caller), profile, { filter, textScores, first: depth }),
      );
      const kept = fit ? ranked.matches.filter((m) => m.fit === fit) : ranked.matches;
      const result = {
        ...ranked,
        total: fit ? kept.length : ranked.total,
        matches: kept.slice(offset, offset + options.first),
      };
      // Only the page shown is logged: the rest of the depth was ranked, not shown.
      deps.scores.record(caller, subject(choice, profile), 'vacancy', vacanciesShown(result));
      return result;
    },

    async courses(
      caller: Caller,
      choice: ProfileChoice,
      options: { vacancyId?: string; occupationUri?: string; first: number },
    ) {
      const profile = await profileFor(caller, choice);
      const result = await timed('courses', () => engine.matchCourses(job(caller), profile, options));
      deps.scores.record(caller, subject(choice, profile), 'course', coursesShown(result));
      return result;
    },

    async careerPaths(caller: Caller, choice: ProfileChoice, options: { first: number }) {
      const profile = await profileFor(caller, choice);
      const result = await timed('careerPaths', () => engine.careerPaths(job(caller), profile, options));
      deps.scores.record(caller, subject(choice, profile), 'careerPath', careerPathsShown(result));
      return result;
    },

    /**
     * People for the employer's own vacancy: cards only of those who chose to be visible, a count of
     * the rest. Everyone is matched from the centre of their municipality and shown with distance and
     * travel time in bands, so posting one vacancy at several postcodes cannot locate anyone.
     */
    async candidates(caller: Caller, vacancyId: string, options: { first: number }) {
      assertEnabled();
      const vacancy = await deps.vacancies.get(vacancyId);
      if (!vacancy) throw notFound('Deze vacature');
      if (!ownsVacancy(caller.user, vacancy)) throw forbidden();
      const profiles: Profile[] = [];
      for await (const batch of deps.profiles.scan(2000)) profiles.push(...batch);
      const coarse = profiles.map((p) => ({ ...p, postcode: coarsePostcode(p.postcode) }));
      const result = await timed('profiles', () => engine.matchProfiles(job(caller), vacancy.id, coarse, options));
      const byId = new Map(profiles.map((p) => [p.id, p]));
      const idFor = candidateIds(await deps.candidateKey());
      // The engine already returns only consenting people as `visible`; checked again here on purpose.
      const visible: CandidateCard[] = result.visible
        .map((m) => ({ match: m, profile: byId.get(m.profileId)! }))
        .filter(({ profile }) => profile.consent.visibleToEmployers)
        .map(({ match, profile }) => {
          const { distanceKm, travelMinutes, ...explanation } = match.explanation;
          return {
            profileId: match.profileId,
            score: match.score,
            profile,
            candidateId: idFor(vacancy.id, profile.id),
            explanation: {
              ...explanation,
              summary: withoutTrip(explanation.summary),
              summaryEn: withoutTrip(explanation.summaryEn),
            },
            distanceBand: distanceBand(distanceKm),
            travelBand: travelBand(travelMinutes),
          };
        });
      // Each candidate's score is logged against their own profile, as the employer saw it.
      const scored = new Map(coarse.map((p) => [p.id, p]));
      for (const [i, card] of visible.entries())
        deps.scores.record(caller, { profileId: card.profileId, profile: scored.get(card.profileId)! }, 'candidate', [
          { ...candidateShown(card, vacancy.id), rank: i + 1 },
        ]);
      return { visible, hiddenCount: result.hiddenCount };
    },
  };
}
export type MatchingUseCases = ReturnType<typeof createMatchingUseCases>;
