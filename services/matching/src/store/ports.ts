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
  /** Only people who (still) share their profile with their adviser: a caseload and its count. */
  sharesWithAdviser?: boolean;
}

export interface ProfileRepository {
  get(id: string): Promise<Profile | null>;
  getMany(ids: readonly string[]): Promise<Profile[]>;
  list(filter: ProfileListFilter, page: PageArgs): Promise<Page<Profile>>;
  save(profile: Profile, actor: Actor): Promise<Profile>;
  /**
   * Erases the person: profile, the shortlists about them, their audit entries and scoring-log rows,
   * account and sessions. The
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
  /** False from self-registration until the person opens the link in the confirmation mail. */
  emailConfirmed?: boolean;
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
  /** Ends every session of a user (after a password reset). */
  deleteForUser(userId: string): Promise<void>;
}

/**
 * Failed sign-ins, per key: a hash of an account or of an address, never the email or IP itself.
 * The sign-in throttle (auth/sign-in-throttle.ts) reads them; in a database, so several instances
 * and a restart see the same counts.
 */
export interface SignInFailureRepository {
  /** How many failures `key` had since `since` (ISO 8601), and when the last one was. */
  recent(key: string, since: string): Promise<{ count: number; lastAt: string | null }>;
  record(keys: readonly string[], at: string): Promise<void>;
  /** Forgets the failures of a key (an account, after its correct password). */
  clear(key: string): Promise<void>;
  /** Drops failures older than `before`; returns how many went. */
  prune(before: string): Promise<number>;
}

/**
 * Keys the service derives things from (such as the candidate ids employers see), made once at
 * random and kept with the data, so every instance and every restart derives the same values.
 */
export interface SecretRepository {
  /** The secret of this name (256 random bits, base64url), made on first use. */
  get(name: string): Promise<string>;
}

/**
 * One automated score as it was shown (AI Act art. 12 and 26): when, for which profile version, by
 * which model, about what, in which place of the list, and the score with its components. Never the
 * profile's inputs: only a keyed hash of them (`profileVersion`).
 */
export interface ScoringLogEntry {
  at: string;
  requestId: string | null;
  /** What was scored: a vacancy match, a course match, a career path, or a candidate for an employer. */
  kind: 'vacancy' | 'course' | 'careerPath' | 'candidate';
  /** The stored profile scored, or null for a profile given inline (anonymous visitors). */
  profileId: string | null;
  profileVersion: string;
  modelVersion: string;
  /** The vacancy id, course id or occupation URI. */
  targetId: string;
  /** 1 for the first in the list shown. */
  rank: number;
  score: number;
  components: { name: string; value: number; weight: number; contribution: number }[];
  /** Who was shown the score: a role, never a name. */
  viewerRole: 'anonymous' | 'jobseeker' | 'adviser' | 'employer' | 'admin';
}

export interface ScoringLogRepository {
  append(entries: readonly ScoringLogEntry[]): Promise<void>;
  /** Entries about one profile and one target on one UTC day (YYYY-MM-DD), oldest first. */
  find(query: { profileId: string; targetId: string; day: string }, limit: number): Promise<ScoringLogEntry[]>;
  /** Everything logged about one profile, newest first (the person's data export). */
  forProfile(profileId: string, limit: number): Promise<ScoringLogEntry[]>;
  /** Deletes entries older than `before`; returns how many. */
  purgeBefore(before: string): Promise<number>;
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
  signInFailures: SignInFailureRepository;
  secrets: SecretRepository;
  scoringLog: ScoringLogRepository;
  sectorOutlooks: SectorOutlookRepository;
  fundingSchemes: FundingSchemeRepository;
  outbox: OutboxRepository;
  /** "Changes since sequence N": how every in-memory copy follows the store, across instances too. */
  changes: ChangeFeed;
  leadership: Leadership;
  audit: AuditRepository;
  accountTokens: AccountTokenRepository;
  savedSearches: SavedSearchRepository;
  alertLog: AlertLogRepository;
  contactRequests: ContactRequestRepository;
  shortlistAnswers: ShortlistAnswerRepository;
  caseload: CaseloadRepository;
  /** Which store this is, for logs and /readyz. */
  readonly kind: 'sqlite' | 'postgres';
  /** Cheap liveness check for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type { ShortlistItem };

// ---- Accounts, alerts, contact requests and list answers (issue 13) ----

export type AccountTokenKind = 'confirm-email' | 'reset-password' | 'invite';

/** A one-time token sent by mail; only its hash is kept, and it is gone once used or expired. */
export interface AccountToken {
  hash: string;
  kind: AccountTokenKind;
  /** The account it acts on; null for an invitation (the account does not exist yet). */
  userId: string | null;
  email: string;
  /** For an invitation: the profile the new account takes over, and the adviser who invited. */
  profileId: string | null;
  invitedBy: string | null;
  expiresAt: string;
  createdAt: string;
}

export interface AccountTokenRepository {
  /** Stores a new token; earlier tokens of the same kind for the same account or profile are dropped. */
  create(token: AccountToken, actor: Actor): Promise<void>;
  /** Takes the token out: it is returned once (when not expired) and never again. */
  consume(hash: string, kind: AccountTokenKind, now: string): Promise<AccountToken | null>;
  deleteExpired(now: string): Promise<number>;
}

export type AlertFrequency = 'daily' | 'weekly';

/** A search (the search page's URL state) or "my matches" that a person wants mail about. */
export interface SavedSearch {
  id: string;
  userId: string;
  /** For "my matches": the person's profile. */
  profileId: string | null;
  kind: 'search' | 'matches';
  name: string;
  /** The search page's query string (`q=zorg&sector=healthcare`); empty for "my matches". */
  query: string;
  frequency: AlertFrequency;
  createdAt: string;
  lastRunAt: string | null;
  nextRunAt: string;
}

export interface SavedSearchRepository {
  get(id: string): Promise<SavedSearch | null>;
  listByUser(userId: string): Promise<SavedSearch[]>;
  countByUser(userId: string): Promise<number>;
  save(search: SavedSearch, actor: Actor): Promise<SavedSearch>;
  delete(id: string, actor: Actor): Promise<boolean>;
  /** Searches whose next run has come, soonest first. */
  due(now: string, limit: number): Promise<SavedSearch[]>;
  /**
   * After a run: records the vacancies that were mailed in the alert log and sets the next run, in
   * one transaction, so what was sent is never sent again.
   */
  markRun(id: string, run: { ranAt: string; nextRunAt: string; sentVacancyIds: readonly string[] }): Promise<void>;
  /**
   * Takes a due search for one run, so that with several instances only one mails it: moves its next
   * run from `seen` (as `due` returned it) to `leaseUntil` in one conditional update. False when
   * another instance took it first. A run that ends calls `markRun`; one that fails calls `release`.
   */
  claim(id: string, seen: string, leaseUntil: string): Promise<boolean>;
  /** Gives a claimed search back (the mail failed): its next run is `seen` again, so it is retried. */
  release(id: string, seen: string, leaseUntil: string): Promise<void>;
}

export interface AlertLogEntry {
  savedSearchId: string;
  vacancyId: string;
  sentAt: string;
}

export interface AlertLogRepository {
  /** The vacancies already mailed for this saved search. */
  sentVacancyIds(savedSearchId: string): Promise<Set<string>>;
  listForUser(userId: string): Promise<AlertLogEntry[]>;
}

export type ContactRequestStatus = 'open' | 'accepted' | 'declined';

/** An employer asks to get in touch with a candidate; the adviser (or the person) answers. */
export interface ContactRequest {
  id: string;
  vacancyId: string;
  employerId: string;
  /** Who asked (the employer's user), to mail the answer to. */
  requestedBy: string;
  profileId: string;
  /** The adviser who was asked, or null when the person was asked by mail. */
  adviserId: string | null;
  message: string;
  status: ContactRequestStatus;
  createdAt: string;
  answeredAt: string | null;
}

export interface ContactRequestRepository {
  get(id: string): Promise<ContactRequest | null>;
  find(vacancyId: string, profileId: string): Promise<ContactRequest | null>;
  listForVacancy(vacancyId: string): Promise<ContactRequest[]>;
  listForAdviser(adviserId: string): Promise<ContactRequest[]>;
  listForProfile(profileId: string): Promise<ContactRequest[]>;
  save(request: ContactRequest, actor: Actor): Promise<ContactRequest>;
}

export type ListAnswerKind = 'interested' | 'not-for-me' | 'applied';

/** The person's answer to an item an adviser shared with them, with a short note the adviser sees. */
export interface ShortlistAnswer {
  shortlistId: string;
  itemId: string;
  answer: ListAnswerKind;
  note: string;
  answeredAt: string;
}

export interface ShortlistAnswerRepository {
  listForShortlist(shortlistId: string): Promise<ShortlistAnswer[]>;
  save(answer: ShortlistAnswer, actor: Actor): Promise<ShortlistAnswer>;
  delete(shortlistId: string, itemId: string, actor: Actor): Promise<boolean>;
}

export type CaseloadStatus = 'no-list' | 'list-not-shared' | 'list-shared' | 'applied';
export type CaseloadSort = 'alias' | 'last-activity' | 'least-recent-activity';

export interface CaseloadFilter {
  /** Part of the alias, the postcode or the short code. */
  text?: string;
  targetGroup?: string;
  /** Last activity on or after / before this moment (ISO 8601). */
  activeSince?: string;
  inactiveSince?: string;
  status?: CaseloadStatus;
}

/** One person in an adviser's caseload, with what the overview shows and sorts on. */
export interface CaseloadEntry {
  profile: Profile;
  lastActivityAt: string;
  status: CaseloadStatus;
  listCount: number;
}

export interface CaseloadRepository {
  /** The people who share their profile with this adviser: filtered, sorted and paged in the store. */
  search(
    adviserId: string,
    filter: CaseloadFilter,
    sort: CaseloadSort,
    page: { first: number; offset: number },
  ): Promise<{ items: CaseloadEntry[]; totalCount: number }>;
}
