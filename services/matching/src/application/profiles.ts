import { noWishes, type Profile, type ProfileInput } from '@werkbrug/shared/schemas/profile';
import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { User } from '@werkbrug/shared/schemas/user';
import type { Page, PageArgs, ProfileRepository } from '../store/ports.ts';
import { canChangeConsent, canEditProfile, canSeeProfile } from '../auth/policy.ts';
import { forbidden, invalidInput, notFound } from '../errors.ts';
import { signedIn, type Caller } from './caller.ts';
import type { Clock, Ids } from './clock-and-ids.ts';
import type { IndexerSignal } from './indexer-signal.ts';

export interface ProfileDeps {
  profiles: ProfileRepository;
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
  input: Pick<ProfileInput, 'skills' | 'occupations'> & Partial<Pick<ProfileInput, 'wishes'>>,
): void {
  const unknownOccupation = (field: 'occupations' | 'excludeOccupations') =>
    (input.wishes?.[field] ?? []).flatMap((uri, i) =>
      taxonomy.occupationByUri.has(uri)
        ? []
        : [{ path: `wishes.${field}.${i}`, message: 'Dit beroep kennen we niet.' }],
    );
  const problems = [
    ...unknownOccupation('occupations'),
    ...unknownOccupation('excludeOccupations'),
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

const defaultConsent: Profile['consent'] = { visibleToEmployers: false, shareWithAdviser: true };

/** Someone other than the person may send consent only as it already is: saying so beats ignoring it. */
function assertConsentUnchanged(sent: ProfileInput['consent'], current: Profile['consent']): void {
  if (!sent) return;
  const changed = (['visibleToEmployers', 'shareWithAdviser'] as const).filter((k) => sent[k] !== current[k]);
  if (changed.length)
    throw invalidInput(
      changed.map((k) => ({
        path: `consent.${k}`,
        message: 'Alleen de werkzoekende zelf kan dit aanzetten of uitzetten.',
      })),
    );
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
    consent: input.consent ?? base.consent ?? defaultConsent,
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

    /** The adviser's caseload: only people who share their profile with them, in the pages and in the count. */
    caseload(caller: Caller, page: PageArgs): Promise<Page<Profile>> {
      return profiles.list({ adviserId: signedIn(caller).id, sharesWithAdviser: true }, page);
    },

    async create(caller: Caller, input: ProfileInput): Promise<ProfileChange<Profile>> {
      const user = signedIn(caller);
      assertKnownTaxonomy(taxonomy, input);
      if (user.role === 'jobseeker' && user.profileId)
        throw invalidInput([], 'Je hebt al een profiel. Pas dat profiel aan.');
      // An adviser starts a profile with the default consent; only the person can change it later.
      if (user.role !== 'jobseeker') assertConsentUnchanged(input.consent, defaultConsent);
      const profile: Profile = {
        ...fromInput(input, {}),
        id: deps.ids.mint('prf'),
        userId: user.role === 'jobseeker' ? user.id : null,
        adviserId: user.role === 'adviser' ? user.id : null,
        demo: false,
        version: 0,
        updatedAt: deps.clock.now().toISOString(),
      };
      // One transaction: the profile, and for a jobseeker the link from their account to it.
      const saved = await profiles.save(profile, caller.actor);
      return { result: saved, user: user.role === 'jobseeker' ? { ...user, profileId: saved.id } : user };
    },

    async update(caller: Caller, id: string, input: ProfileInput): Promise<Profile> {
      const current = await editable(caller, id);
      assertKnownTaxonomy(taxonomy, input);
      // Consent is the person's own decision: anyone else may send it only as it is.
      if (!canChangeConsent(caller.user, current)) assertConsentUnchanged(input.consent, current.consent);
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
     * Erases the person: profile, shortlists about them, their audit trail, their account and sessions;
     * the outbox delete makes the indexes forget them. The erasure is recorded without a user id: it
     * must leave no trail back to the person. A person who erases themselves is signed out.
     */
    async erase(caller: Caller, id: string): Promise<ProfileChange<boolean> & { signedOut: boolean }> {
      const current = await editable(caller, id);
      const erased = await profiles.erase(current.id, { userId: null, requestId: caller.actor.requestId });
      deps.indexer.wake();
      const self =
        caller.user !== undefined && (caller.user.profileId === current.id || current.userId === caller.user.id);
      return { result: erased, user: self ? undefined : caller.user, signedOut: self };
    },
  };
}
export type ProfileUseCases = ReturnType<typeof createProfileUseCases>;
