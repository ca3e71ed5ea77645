import type { FundingScheme } from '@werkbrug/shared/schemas/course';
import { fundingBit } from '../model/course-columns.ts';
import { bridges as cfg } from '../weights.ts';

/**
 * Which funding applies, as a bitmask over fundingSchemes. STAP and NL leert door are the person's
 * own (profile.eligibleFunding). An employer pays (werkgever, subsidie praktijkleren) only for its
 * own learn-work job: so those two count only when the vacancy is BBL or offers training.
 */
export function availableFunding(eligible: readonly FundingScheme[], employerTrains: boolean): number {
  let mask = 0;
  for (const s of eligible) if (s === 'stap' || s === 'nl-leert-door') mask |= fundingBit(s);
  if (employerTrains) mask |= fundingBit('werkgever') | fundingBit('praktijkleren');
  return mask;
}

/**
 * What the person pays for a course. Free when NL leert door or the employer pays; STAP takes off up
 * to €1,000. `scheme` is null when no funding applies: such a course is only proposed when it is free
 * (see isFundable), because people on benefits cannot pay a course themselves.
 */
export function costAfterFunding(
  price: number,
  courseMask: number,
  available: number,
): { cost: number; scheme: FundingScheme | null } {
  const both = courseMask & available;
  if (price <= 0) return { cost: 0, scheme: null };
  if (both & fundingBit('nl-leert-door')) return { cost: 0, scheme: 'nl-leert-door' };
  if (both & fundingBit('werkgever')) return { cost: 0, scheme: 'werkgever' };
  if (both & fundingBit('praktijkleren')) return { cost: 0, scheme: 'praktijkleren' };
  if (both & fundingBit('stap')) return { cost: Math.max(0, price - cfg.stapMaxEuros), scheme: 'stap' };
  return { cost: price, scheme: null };
}

/** A course respects the person's funding when it is free or some funding they qualify for applies. */
export function isFundable(price: number, courseMask: number, available: number): boolean {
  return price <= 0 || (courseMask & available) !== 0;
}
