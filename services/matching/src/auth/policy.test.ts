import { describe, expect, it } from 'vitest';
import type { User } from '@werkbrug/shared/schemas/user';
import {
  canChangeConsent,
  canEditShortlist,
  canSeeCandidate,
  canSeeProfile,
  canSeeShortlist,
  ownsVacancy,
} from './policy.ts';

const user = (role: User['role'], extra: Partial<User> = {}): User => ({
  id: `usr_${role}-1`,
  email: `${role}@x.nl`,
  name: role,
  role,
  profileId: null,
  employerId: null,
  demo: false,
  ...extra,
});
const jobseeker = user('jobseeker', { profileId: 'prf_sanne-1' });
const other = user('jobseeker', { id: 'usr_other-1', profileId: 'prf_other-1' });
const adviser = user('adviser');
const employer = user('employer', { employerId: 'emp_zorg-1' });
const admin = user('admin');
const profile = {
  id: 'prf_sanne-1',
  userId: jobseeker.id,
  adviserId: adviser.id,
  consent: { shareWithAdviser: true, visibleToEmployers: false },
};

describe('the authorization policy', () => {
  it('shows a profile to the person and their adviser only', () => {
    expect(canSeeProfile(jobseeker, profile)).toBe(true);
    expect(canSeeProfile(adviser, profile)).toBe(true);
    for (const u of [other, employer, admin, undefined]) expect(canSeeProfile(u, profile)).toBe(false);
    expect(canSeeProfile(adviser, { ...profile, consent: { ...profile.consent, shareWithAdviser: false } })).toBe(
      false,
    );
    expect(canSeeProfile(user('adviser', { id: 'usr_adviser-2' }), profile)).toBe(false);
  });

  it('lets only the person change consent', () => {
    expect(canChangeConsent(jobseeker, profile)).toBe(true);
    for (const u of [other, adviser, employer, admin, undefined]) expect(canChangeConsent(u, profile)).toBe(false);
  });

  it('shows candidates to employers only with consent', () => {
    expect(canSeeCandidate(employer, profile)).toBe(false);
    expect(canSeeCandidate(employer, { consent: { shareWithAdviser: true, visibleToEmployers: true } })).toBe(true);
    expect(canSeeCandidate(adviser, { consent: { shareWithAdviser: true, visibleToEmployers: true } })).toBe(false);
  });

  it('lets employers manage only their own vacancies', () => {
    expect(ownsVacancy(employer, { employerId: 'emp_zorg-1' })).toBe(true);
    expect(ownsVacancy(employer, { employerId: 'emp_bouw-1' })).toBe(false);
    expect(ownsVacancy(admin, { employerId: 'emp_zorg-1' })).toBe(false);
  });

  it('shows a shortlist to its owner, and to the person once shared', () => {
    const list = { ownerId: adviser.id, profileId: profile.id, sharedWithJobseeker: false };
    expect(canSeeShortlist(adviser, list)).toBe(true);
    expect(canSeeShortlist(jobseeker, list)).toBe(false);
    expect(canSeeShortlist(jobseeker, { ...list, sharedWithJobseeker: true })).toBe(true);
    expect(canSeeShortlist(other, { ...list, sharedWithJobseeker: true })).toBe(false);
    expect(canEditShortlist(jobseeker, list)).toBe(false);
    expect(canEditShortlist(adviser, list)).toBe(true);
  });
});
