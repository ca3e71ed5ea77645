import { createHash, createHmac } from 'node:crypto';
import type { ScoringLogEntry, ScoringLogRepository } from '../store/ports.ts';
import * as weights from '../matching/weights.ts';
import type { Caller } from './caller.ts';
import type { Clock } from './clock-and-ids.ts';

/**
 * The scoring log (AI Act art. 12, 19 and 26(6)): every automated score shown is written down with
 * its time, the profile's version, the model's version, what was scored, its place in the list, and
 * its components, so an admin can later answer "why was vacancy V ranked N for profile P on day D".
 * Writing is cheap and off the response path: a request hands its entries over and the writer puts
 * them into the store in one batch shortly after. Retention is configurable (default six months).
 */

/** The model's version: a digest of every weight and setting the engine scores with (matching/weights.ts). */
export const modelVersion = `weights-${createHash('sha256').update(JSON.stringify(weights)).digest('hex').slice(0, 12)}`;

/** What the engine reads of a profile: these and nothing else make up its version. */
const scoringInputs = [
  'occupations',
  'skills',
  'certificates',
  'wishes',
  'nlqfLevel',
  'postcode',
  'travel',
  'hoursMin',
  'hoursMax',
  'languages',
  'targetGroups',
  'eligibleFunding',
  'skillTexts',
  'occupationTexts',
] as const;

/**
 * A profile's version: a keyed hash of its scoring inputs. The same inputs give the same version, so
 * a log entry can be tied to what the profile was then; without the key nobody can test guesses of
 * the inputs (postcode, level, hours) against it.
 */
export function profileVersioner(key: string) {
  return (profile: object): string => {
    const inputs = Object.fromEntries(scoringInputs.map((k) => [k, (profile as Record<string, unknown>)[k] ?? null]));
    return createHmac('sha256', key).update(JSON.stringify(inputs)).digest('base64url').slice(0, 22);
  };
}

export interface ScoringLogWriter {
  /** Hands over the entries of one result; never waits for the store. */
  record(entries: readonly ScoringLogEntry[]): void;
  /** Writes what is waiting (the timer does this on its own; tests and shutdown call it). */
  flush(): Promise<void>;
}

/** Entries wait at most `delayMs` and then go in as one transaction. */
export function createScoringLogWriter(
  repo: Pick<ScoringLogRepository, 'append'>,
  options: { delayMs?: number; maxQueued?: number; onError?: (err: unknown) => void } = {},
): ScoringLogWriter {
  const delayMs = options.delayMs ?? 100;
  const maxQueued = options.maxQueued ?? 100_000;
  let queue: ScoringLogEntry[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return writing;
    writing = writing
      .then(() => repo.append(batch))
      .catch((err) => {
        options.onError?.(err);
        // Kept for the next flush, within bounds: a store that is down must not fill the memory.
        queue = [...batch, ...queue].slice(-maxQueued);
      });
    return writing;
  };

  return {
    record(entries) {
      if (entries.length === 0) return;
      queue.push(...entries);
      if (queue.length > maxQueued) queue = queue.slice(-maxQueued);
      if (!timer) {
        timer = setTimeout(() => void flush(), delayMs);
        timer.unref();
      }
    },
    flush,
  };
}

/** The admin's question, answered from the log: every score of target V for profile P on day D. */
export function createScoringLogQueries(deps: { repo: ScoringLogRepository }) {
  return {
    explain(_caller: Caller, query: { profileId: string; targetId: string; day: string }) {
      return deps.repo.find(query, 500);
    },
  };
}

/** Deletes what is older than the retention period; run daily by the composition root. */
export function purgeScoringLog(repo: Pick<ScoringLogRepository, 'purgeBefore'>, retentionDays: number, clock: Clock) {
  return repo.purgeBefore(new Date(clock.now().getTime() - retentionDays * 86_400_000).toISOString());
}

/** One scored item as shown, in the order shown. */
export interface ShownScore {
  targetId: string;
  /** Its place in the list shown; the order handed over when not given. */
  rank?: number;
  score: number;
  components: ScoringLogEntry['components'];
}

/**
 * What a use case calls after scoring: it hands over the scores it is about to show, in order; the
 * profile's version is computed here (keyed hash), the writer batches the rest. Never throws, never waits.
 */
export function createScoreRecorder(deps: { writer: ScoringLogWriter; key: () => Promise<string>; clock: Clock }) {
  let versioner: Promise<(profile: object) => string> | null = null;
  return {
    record(
      caller: Caller,
      subject: { profileId: string | null; profile: object },
      kind: ScoringLogEntry['kind'],
      shown: readonly ShownScore[],
    ): void {
      if (shown.length === 0) return;
      const at = deps.clock.now().toISOString();
      versioner ??= deps.key().then(profileVersioner);
      void versioner
        .then((version) => {
          const profileVersion = version(subject.profile);
          deps.writer.record(
            shown.map((s, i) => ({
              at,
              requestId: caller.actor.requestId,
              kind,
              profileId: subject.profileId,
              profileVersion,
              modelVersion,
              targetId: s.targetId,
              rank: s.rank ?? i + 1,
              score: s.score,
              components: s.components,
              viewerRole: caller.user?.role ?? 'anonymous',
            })),
          );
        })
        .catch(() => {
          versioner = null;
        });
    },
  };
}
export type ScoreRecorder = ReturnType<typeof createScoreRecorder>;

/** The recorder every part of one instance shares: the profile versions are keyed by the store's own secret. */
export const storeScoreRecorder = (
  secrets: { get(name: string): Promise<string> },
  writer: ScoringLogWriter,
  clock: Clock,
): ScoreRecorder => createScoreRecorder({ writer, key: () => secrets.get('scoring-log'), clock });
