import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { Shortlist } from '@werkbrug/shared/schemas/shortlist';
import type { User } from '@werkbrug/shared/schemas/user';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';

/**
 * Who may see and change what: the one place these rules live. The schema attaches them to types and
 * fields through scope-auth, so a record is protected wherever it appears (by id, in a shortlist, in
 * search results, in matches). Admins manage the taxonomy and outlook, not people's data.
 */

/** The person themselves, and their werkadviseur when the person shares the profile with them. */
export function canSeeProfile(
  user: User | undefined,
  profile: Pick<Profile, 'id' | 'userId' | 'adviserId' | 'consent'>,
): boolean {
  if (!user) return false;
  if (user.role === 'jobseeker')
    return user.profileId === profile.id || (profile.userId !== null && profile.userId === user.id);
  if (user.role === 'adviser') return profile.adviserId === user.id && profile.consent.shareWithAdviser;
  return false;
}

/** Consent switches and erasure of the person's own data: only the person (or their adviser for erasure on request). */
export function canChangeConsent(user: User | undefined, profile: Pick<Profile, 'id' | 'userId'>): boolean {
  return !!user && user.role === 'jobseeker' && (user.profileId === profile.id || profile.userId === user.id);
}

export const canEditProfile = canSeeProfile;

/** Employers see a limited candidate card, and only of people who chose to be visible to employers. */
export function canSeeCandidate(user: User | undefined, profile: Pick<Profile, 'consent'>): boolean {
  return !!user && user.role === 'employer' && profile.consent.visibleToEmployers;
}

export function ownsVacancy(user: User | undefined, vacancy: Pick<Vacancy, 'employerId'>): boolean {
  return !!user && user.role === 'employer' && user.employerId === vacancy.employerId;
}

/** A shortlist: its owner, and the person it is about once it has been shared with them. */
export function canSeeShortlist(
  user: User | undefined,
  list: Pick<Shortlist, 'ownerId' | 'profileId' | 'sharedWithJobseeker'>,
): boolean {
  if (!user) return false;
  if (list.ownerId === user.id) return true;
  return user.role === 'jobseeker' && list.sharedWithJobseeker && user.profileId === list.profileId;
}

export function canEditShortlist(user: User | undefined, list: Pick<Shortlist, 'ownerId'>): boolean {
  return !!user && list.ownerId === user.id;
}

/** Bringing vacancies and courses in from other systems (imports) is for admins: it writes for many employers. */
export function canImport(user: User | undefined): boolean {
  return !!user && user.role === 'admin';
}
