import type { Profile } from '@werkbrug/shared/schemas/profile';
import { profileInputSchema } from '@werkbrug/shared/schemas/profile';
import { sectorKeys, type SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { ContractType } from '@werkbrug/shared/schemas/vacancy';
import type { ProfileRepository, VacancyRepository } from '../store/ports.ts';
import type { SearchIndex } from '../search/port.ts';
import type { MatchingEngine } from '../matching/engine.ts';
import type { ProfileLike, VacancyFilter } from '../matching/model/types.ts';
import type { ProfileMatch } from '../matching/scoring/match-profiles.ts';
import { canSeeProfile, ownsVacancy } from '../auth/policy.ts';
import { disabled, forbidden, invalidInput, notFound, unauthenticated } from '../errors.ts';
import type { Caller } from './caller.ts';

export interface MatchingDeps {
  /** The kill switch for automated matching; search keeps working without it. */
  enabled: boolean;
  engine: MatchingEngine;
  search: Pick<SearchIndex, 'searchVacancies'>;
  profiles: ProfileRepository;
  vacancies: VacancyRepository;
  /** Times each kind of match (seconds), for the metrics. */
  observe(kind: string, seconds: number): void;
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
}

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
  };
}

export interface CandidateCard extends ProfileMatch {
  profile: Profile;
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

  function timed<T>(kind: string, run: () => T): T {
    const started = performance.now();
    try {
      return run();
    } finally {
      deps.observe(kind, (performance.now() - started) / 1000);
    }
  }

  return {
    /** Vacancies that fit; with a query only those the search engine also finds, its relevance a component. */
    async vacancies(
      caller: Caller,
      choice: ProfileChoice,
      options: { query?: string | null; filter?: MatchFilterInput | null; first: number },
    ) {
      const profile = await profileFor(caller, choice);
      let textScores: Map<string, number> | undefined;
      const text = options.query?.trim();
      if (text) {
        const page = await deps.search.searchVacancies({ text, offset: 0, limit: maxTextHits });
        textScores = new Map(page.hits.map((h) => [h.id, h.score]));
      }
      const filter = toVacancyFilter(options.filter);
      return timed('vacancies', () => engine.matchVacancies(profile, { filter, textScores, first: options.first }));
    },

    async courses(
      caller: Caller,
      choice: ProfileChoice,
      options: { vacancyId?: string; occupationUri?: string; first: number },
    ) {
      const profile = await profileFor(caller, choice);
      return timed('courses', () => engine.matchCourses(profile, options));
    },

    async careerPaths(caller: Caller, choice: ProfileChoice, options: { first: number }) {
      const profile = await profileFor(caller, choice);
      return timed('careerPaths', () => engine.careerPaths(profile, options));
    },

    /** People for the employer's own vacancy: cards only of those who chose to be visible, a count of the rest. */
    async candidates(caller: Caller, vacancyId: string, options: { first: number }) {
      assertEnabled();
      const vacancy = await deps.vacancies.get(vacancyId);
      if (!vacancy) throw notFound('Deze vacature');
      if (!ownsVacancy(caller.user, vacancy)) throw forbidden();
      const profiles: Profile[] = [];
      for await (const batch of deps.profiles.scan(2000)) profiles.push(...batch);
      const result = timed('profiles', () => engine.matchProfiles(vacancy.id, profiles, options));
      const byId = new Map(profiles.map((p) => [p.id, p]));
      // The engine already returns only consenting people as `visible`; checked again here on purpose.
      const visible: CandidateCard[] = result.visible
        .map((m) => ({ ...m, profile: byId.get(m.profileId)! }))
        .filter((c) => c.profile.consent.visibleToEmployers);
      return { visible, hiddenCount: result.hiddenCount };
    },
  };
}
export type MatchingUseCases = ReturnType<typeof createMatchingUseCases>;
