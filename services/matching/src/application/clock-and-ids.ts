import { createHash, randomBytes } from 'node:crypto';

/** Time and id minting as dependencies, so a use case can be run with a fixed date and known ids. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** YYYY-MM-DD in UTC, the form every date in the domain has. */
export const isoDay = (clock: Clock): string => clock.now().toISOString().slice(0, 10);

export type IdPrefix = 'vac' | 'prf' | 'shl' | 'sli' | 'crs' | 'emp' | 'prv' | 'usr' | 'srch' | 'ctr';

export interface Ids {
  mint(prefix: IdPrefix): string;
}

/** 72 random bits: unguessable enough that an id is no key to someone else's record. */
export const randomIds: Ids = { mint: (prefix) => `${prefix}_${randomBytes(9).toString('base64url')}` };

/**
 * The id of a record that came from elsewhere, from where it came from: the same source record always gets the
 * same id, so importing a file twice updates (or leaves) what the first import wrote instead of duplicating it.
 * 132 bits of a SHA-256 of system and id: no clashes between sources in practice.
 */
export function idFromSource(prefix: IdPrefix, source: { system: string; id: string }): string {
  const digest = createHash('sha256').update(`${source.system}\u0000${source.id}`).digest('base64url');
  return `${prefix}_${digest.slice(0, 22)}`;
}
