import { noWishes, type Profile, type ProfileInput } from '@werkbrug/shared/schemas/profile';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { User } from '@werkbrug/shared/schemas/user';
import type { Page, PageArgs, ProfileRepository, UserRepository } from '../store/ports.ts';
import { canChangeConsent, canEditProfile, canSeeProfile } from '../auth/policy.ts';
import { forbidden, invalidInput, notFound } from '../errors.ts';
import { signedIn, type Caller } from './caller.ts';
import type { Clock, Ids } from './clock-and-ids.ts';
import type { IndexerSignal } from './indexer-signal.ts';

export interface ProfileDeps {
  profiles: ProfileRepository;
  users: UserRepository;
  taxonomy: Pick<Taxonomy, 'occupationByUri' | 'skillByUri'>;
  indexer: IndexerSignal;
  clock: Clock;
  ids: Ids;
}

/** A write that changes who the caller is (their own profile id), so the request can act on it. */
export interface ProfileChange<T> {
  result: T;
  user: User | undefined;
}

/** Taxonomy ids must exist; the shared schema only checks their form. */
export function assertKnownTaxonomy(
  taxonomy: ProfileDeps['taxonomy'],
  input: Pick<ProfileInput, 'skills' | 'occupations'>,
): void {
  const problems = [
    ...input.skills.flatMap((uri, i) =>
      taxonomy.skillByUri.has(uri) ? [] : [{ path: `skills.${i}`, message: 'Deze vaardigheid kennen we niet.' }],
    ),
    ...input.occupations.flatMap((o, i) =>
      taxonomy.occupationByUri.has(o.occupationUri)
        ? []
        : [{ path: `occupations.${i}.occupationUri`, message: 'Dit beroep kennen we niet.' }],
    ),
  ];
  if (problems.length) throw invalidInput(problems);
}

type ProfileFields = Omit<Profile, 'id' | 'userId' | 'adviserId' | 'demo' | 'version' | 'updatedAt'>;

/** What the person said, over what the profile held; demographics are never taken from input here. */
function fromInput(input: ProfileInput, base: Partial<Profile>): ProfileFields {
  return {
    alias: input.alias ?? base.alias ?? 'Werkzoekende',
    occupations: input.occupations,
    skills: [...new Set(input.skills)],
    certificates: [...new Set(input.certificates ?? base.certificates ?? [])],
    wishes: input.wishes ?? base.wishes ?? noWishes,
    nlqfLevel: input.nlqfLevel,
    postcode: input.postcode,
    travel: input.travel,
    hoursMin: input.hoursMin,
    hoursMax: input.hoursMax,
    languages: input.languages ?? base.languages ?? [],
    targetGroups: input.targetGroups ?? base.targetGroups ?? [],
    // No longer read: funding follows from the target groups (shared/schemas/funding.ts). Kept for old bodies.
    eligibleFunding: input.eligibleFunding ?? base.eligibleFunding ?? [],
    consent: input.consent ?? base.consent ?? { visibleToEmployers: false, shareWithAdviser: true },
    demographics: base.demographics ?? { birthYear: null, gender: null, nationality: null },
  };
}

/** A person's profile: seen and changed by the person and their adviser, consent by the person alone. */
export function createProfileUseCases(deps: ProfileDeps) {
  const { profiles, taxonomy } = deps;

  async function load(id: string): Promise<Profile> {
    const profile = await profiles.get(id);
    if (!profile) throw notFound('Dit profiel');
    return profile;
  }

  async function editable(caller: Caller, id: string): Promise<Profile> {
    const profile = await load(id);
    if (!canEditProfile(caller.user, profile)) throw forbidden();
    return profile;
  }

  return {
    /** A profile the caller may see; others hear "no access", not whether the id exists. */
    async visible(caller: Caller, id: string): Promise<Profile> {
      const profile = await load(id);
      if (!canSeeProfile(caller.user, profile)) throw forbidden();
      return profile;
    },

    async mine(caller: Caller): Promise<Profile | null> {
      const profileId = caller.user?.profileId;
      return profileId ? profiles.get(profileId) : null;
    },

    /** The adviser's caseload: only people who share their profile with them. */
    async caseload(caller: Caller, page: PageArgs): Promise<Page<Profile>> {
      const found = await profiles.list({ adviserId: signedIn(caller).id }, page);
      return { ...found, items: found.items.filter((p) => p.consent.shareWithAdviser) };
    },

    async create(caller: Caller, input: ProfileInput): Promise<ProfileChange<Profile>> {
      const user = signedIn(caller);
      assertKnownTaxonomy(taxonomy, input);
      if (user.role === 'jobseeker' && user.profileId)
        throw invalidInput([], 'Je hebt al een profiel. Pas dat profiel aan.');
      const profile: Profile = {
        ...fromInput(input, {}),
        id: deps.ids.mint('prf'),
        userId: user.role === 'jobseeker' ? user.id : null,
        adviserId: user.role === 'adviser' ? user.id : null,
        demo: false,
        version: 0,
        updatedAt: deps.clock.now().toISOString(),
      };
      const saved = await profiles.save(profile, caller.actor);
      if (user.role !== 'jobseeker') return { result: saved, user };
      const stored = await deps.users.findByEmail(user.email);
      if (stored) await deps.users.save({ ...stored, profileId: saved.id }, caller.actor);
      return { result: saved, user: { ...user, profileId: saved.id } };
    },

    async update(caller: Caller, id: string, input: ProfileInput): Promise<Profile> {
      const current = await editable(caller, id);
      assertKnownTaxonomy(taxonomy, input);
      // Consent is the person's own decision: an adviser's update keeps it as it was.
      const next = fromInput(input, current);
      if (!canChangeConsent(caller.user, current)) next.consent = current.consent;
      return profiles.save({ ...current, ...next }, caller.actor);
    },

    async setConsent(caller: Caller, id: string, consent: Profile['consent']): Promise<Profile> {
      const current = await load(id);
      if (!canChangeConsent(caller.user, current)) throw forbidden();
      return profiles.save({ ...current, consent }, caller.actor);
    },

    /**
     * Erases the person (profile, shortlists about them, their audit trail, sessions); the outbox
     * delete makes the index forget them. The erasure is recorded without a user id: it must leave
     * no trail back to the person.
     */
    async erase(caller: Caller, id: string): Promise<ProfileChange<boolean>> {
      const current = await editable(caller, id);
      const erased = await profiles.erase(current.id, { userId: null, requestId: caller.actor.requestId });
      deps.indexer.wake();
      const user = caller.user?.profileId === current.id ? { ...caller.user, profileId: null } : caller.user;
      return { result: erased, user };
    },
  };
}
export type ProfileUseCases = ReturnType<typeof createProfileUseCases>;
