import { randomBytes } from 'node:crypto';

/** Time and id minting as dependencies, so a use case can be run with a fixed date and known ids. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** YYYY-MM-DD in UTC, the form every date in the domain has. */
export const isoDay = (clock: Clock): string => clock.now().toISOString().slice(0, 10);

export type IdPrefix = 'vac' | 'prf' | 'shl' | 'sli' | 'usr' | 'srch' | 'ctr';

export interface Ids {
  mint(prefix: IdPrefix): string;
}

/** 72 random bits: unguessable enough that an id is no key to someone else's record. */
export const randomIds: Ids = { mint: (prefix) => `${prefix}_${randomBytes(9).toString('base64url')}` };
