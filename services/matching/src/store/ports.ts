import type { Course } from '@werkbrug/shared/schemas/course';
import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { Shortlist, ShortlistItem } from '@werkbrug/shared/schemas/shortlist';
import type { User } from '@werkbrug/shared/schemas/user';
import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import type { Outlook } from '@werkbrug/shared/schemas/common';
import type { FundingSchemeData, StoredFundingScheme } from '@werkbrug/shared/schemas/funding';

/**
 * The store of record, as the rest of the service sees it. Every method is async and speaks domain
 * objects only, so a PostgreSQL implementation can replace the SQLite one without touching callers.
 * Every change writes its outbox row (for the search indexer) and audit row in the same transaction.
 */

/** Who made a change: a user, or the system (seed, imports). Only ids: never personal data. */
export interface Actor {
  userId: string | null;
  requestId?: string;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  /** Opaque cursor of the last item, for `after`; null when this page is the last. */
  endCursor: string | null;
}

export interface PageArgs {
  first: number;
  after?: string | null;
}

export interface VacancyListFilter {
  status?: Vacancy['status'];
  employerId?: string;
  municipality?: string;
  sector?: SectorKey;
}

export interface VacancyRepository {
  get(id: string): Promise<Vacancy | null>;
  getMany(ids: readonly string[]): Promise<Vacancy[]>;
  list(filter: VacancyListFilter, page: PageArgs): Promise<Page<Vacancy>>;
  /** Inserts or replaces the vacancy; the stored version is one higher than before. */
  save(vacancy: Vacancy, actor: Actor): Promise<Vacancy>;
  /** Every vacancy in id order, in batches: for rebuilding the search index. */
  scan(batchSize?: number): AsyncIterable<Vacancy[]>;
  count(filter?: VacancyListFilter): Promise<number>;
}

export interface CourseListFilter {
  status?: Course['status'];
  providerId?: string;
}

export interface CourseRepository {
  get(id: string): Promise<Course | null>;
  getMany(ids: readonly string[]): Promise<Course[]>;
  list(filter: CourseListFilter, page: PageArgs): Promise<Page<Course>>;
  save(course: Course, actor: Actor): Promise<Course>;
  scan(batchSize?: number): AsyncIterable<Course[]>;
  count(filter?: CourseListFilter): Promise<number>;
}

export interface ProfileListFilter {
  adviserId?: string;
  visibleToEmployers?: boolean;
}

export interface ProfileRepository {
  get(id: string): Promise<Profile | null>;
  getMany(ids: readonly string[]): Promise<Profile[]>;
  list(filter: ProfileListFilter, page: PageArgs): Promise<Page<Profile>>;
  save(profile: Profile, actor: Actor): Promise<Profile>;
  /**
   * Erases the person: profile, the shortlists about them, their audit entries and sessions. The
   * outbox gets a delete, so the index forgets them too. Returns false when there was nothing to erase.
   */
  erase(id: string, actor: Actor): Promise<boolean>;
  scan(batchSize?: number): AsyncIterable<Profile[]>;
  count(filter?: ProfileListFilter): Promise<number>;
}

export interface ShortlistRepository {
  get(id: string): Promise<Shortlist | null>;
  listByOwner(ownerId: string): Promise<Shortlist[]>;
  listForProfile(profileId: string, options?: { sharedOnly?: boolean }): Promise<Shortlist[]>;
  save(shortlist: Shortlist, actor: Actor): Promise<Shortlist>;
  delete(id: string, actor: Actor): Promise<boolean>;
}

export interface StoredUser extends User {
  passwordHash: string;
}

export interface UserRepository {
  get(id: string): Promise<User | null>;
  findByEmail(email: string): Promise<StoredUser | null>;
  save(user: StoredUser, actor: Actor): Promise<User>;
  count(): Promise<number>;
  countDemo(): Promise<number>;
}

export interface Session {
  userId: string;
  expiresAt: string;
}

export interface SessionRepository {
  create(tokenHash: string, userId: string, expiresAt: string): Promise<void>;
  find(tokenHash: string): Promise<Session | null>;
  delete(tokenHash: string): Promise<void>;
  deleteExpired(now: string): Promise<number>;
}

export interface SectorOutlookOverride {
  key: SectorKey;
  outlook: Outlook;
  fact: string;
  source: string;
  updatedAt: string;
}

export interface SectorOutlookRepository {
  list(): Promise<SectorOutlookOverride[]>;
  save(override: Omit<SectorOutlookOverride, 'updatedAt'>, actor: Actor): Promise<SectorOutlookOverride>;
}

/**
 * Funding schemes admins changed or added; the shipped ones (shared/curation/funding) are the defaults. Every
 * save writes an outbox row (course search documents carry funding facets) and an audit row.
 */
export interface FundingSchemeRepository {
  list(): Promise<StoredFundingScheme[]>;
  /** Saves by key; the stored version is one higher than before (the shipped version counts as 0). */
  save(scheme: FundingSchemeData, actor: Actor): Promise<StoredFundingScheme>;
}

export type AggregateType = 'vacancy' | 'course' | 'profile' | 'sector' | 'funding';

export interface OutboxEntry {
  id: number;
  aggregateType: AggregateType;
  aggregateId: string;
  op: 'upsert' | 'delete';
  version: number;
  createdAt: string;
  attempts: number;
  lastError: string | null;
}

export interface OutboxRepository {
  /** Pending entries whose retry time has come, oldest first. */
  pending(limit: number, now: string): Promise<OutboxEntry[]>;
  markDone(ids: readonly number[], now: string): Promise<void>;
  /** Records a failed attempt; after `maxAttempts` the entry is dead-lettered. */
  markFailed(id: number, error: string, nextAttemptAt: string, maxAttempts: number): Promise<'retry' | 'dead'>;
  /** Marks every pending entry up to `id` done: used after a full rebuild from the store. */
  markDoneUpTo(id: number, now: string): Promise<number>;
  latestId(): Promise<number>;
  stats(now: string): Promise<{ pending: number; dead: number; oldestPendingAgeSeconds: number }>;
  dead(limit: number): Promise<OutboxEntry[]>;
}

/** One committed change as every follower of the store sees it: ids and versions, never the record. */
export interface Change {
  /** Position in the feed: grows with every change, never reused. */
  seq: number;
  aggregateType: AggregateType;
  aggregateId: string;
  op: 'upsert' | 'delete';
  version: number;
  at: string;
}

/**
 * The store's changes in commit order, for everything that keeps a copy in memory: each instance's
 * matching catalog and embedded search index, and worker threads. A change with a lower `seq` is never
 * committed after one with a higher `seq` has become visible, so a reader that has applied everything
 * up to N misses nothing by asking for `since(N)` next. Readers fetch the current records themselves
 * (a change says what moved, not what it became), so applying a change twice is harmless. Numbers may
 * have gaps (a rolled-back write, an erased person's finished rows).
 */
export interface ChangeFeed {
  /** The changes after `seq`, oldest first, at most `limit`. */
  since(seq: number, limit: number): Promise<Change[]>;
  /** The highest `seq` committed so far (0 when there is none): where to start after a full load. */
  head(): Promise<number>;
}

/**
 * Work that only one instance may do at a time: relaying the outbox to a shared search index (two
 * relays could send an older and a newer copy of one record in the wrong order). On PostgreSQL a
 * session advisory lock: when the leader dies its connection closes, the lock is free, and the next
 * instance that asks takes over. On SQLite there is one process, which always leads.
 */
export interface Leadership {
  /** True while this instance leads; takes the lead when nobody holds it. Cheap enough to ask per poll. */
  acquire(): Promise<boolean>;
  /** Gives the lead up (shutdown), so another instance takes over at once. */
  release(): Promise<void>;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
}

export interface AuditRepository {
  list(filter: { entityId?: string; actorId?: string }, limit: number): Promise<AuditEntry[]>;
}

export interface Store {
  vacancies: VacancyRepository;
  courses: CourseRepository;
  profiles: ProfileRepository;
  shortlists: ShortlistRepository;
  users: UserRepository;
  sessions: SessionRepository;
  sectorOutlooks: SectorOutlookRepository;
  fundingSchemes: FundingSchemeRepository;
  outbox: OutboxRepository;
  /** "Changes since sequence N": how every in-memory copy follows the store, across instances too. */
  changes: ChangeFeed;
  leadership: Leadership;
  audit: AuditRepository;
  /** Which store this is, for logs and /readyz. */
  readonly kind: 'sqlite' | 'postgres';
  /** Cheap liveness check for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type { ShortlistItem };
