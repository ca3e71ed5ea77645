import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';
import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { User } from '@werkbrug/shared/schemas/user';
import type { Store, SavedSearch } from '../store/ports.ts';
import type { SearchIndex } from '../search/port.ts';
import type { AsyncMatcher } from './matcher.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy-service.ts';
import type { Mailer } from '../mail/mailer.ts';
import { alertMail, type AlertItem } from '../mail/alert-mails.ts';
import { signValue } from '../auth/tokens.ts';
import type { Clock } from './clock-and-ids.ts';
import { nextAlertRun } from './alert-schedule.ts';
import { vacancyQueryOf, type SearchSummary } from './saved-search-query.ts';
import { unsubscribePurpose } from './saved-searches.ts';
import type { MatchLabel } from '../matching/model/types.ts';
import type { ScoreRecorder, ShownScore } from './scoring-log.ts';
import { vacanciesShown } from './scores-shown.ts';

export interface AlertDeps {
  store: Pick<Store, 'savedSearches' | 'alertLog' | 'users' | 'profiles' | 'vacancies'>;
  search: Pick<SearchIndex, 'searchVacancies'>;
  matching: Pick<AsyncMatcher, 'matchVacancies'>;
  taxonomy: Pick<TaxonomyService, 'sector'>;
  mailer: Mailer;
  publicUrl: string;
  tokenSecret: string;
  alertHourUtc: number;
  matchingEnabled: boolean;
  /** A "my matches" mail shows scores: they go into the scoring log like any score shown on a page. */
  scores: Pick<ScoreRecorder, 'record'>;
  clock: Clock;
  log: (message: string) => void;
}

export interface AlertRun {
  checked: number;
  mailed: number;
  vacancies: number;
  failed: number;
}

/** At most this many vacancies per mail: an alert is a nudge, the site has the rest. */
const perMail = 10;
/**
 * A "my matches" mail carries what the match list labels as a fit (goed, redelijk, misschien): the
 * engine's label is the one home of that judgement, so the mail never says more than the page.
 */
const mailedLabels: ReadonlySet<MatchLabel> = new Set(['good', 'fair', 'possible']);
const day = 86_400_000;
/**
 * How long a claimed search stays taken. Longer than any one search's run; if an instance dies
 * mid-run, another picks the search up after this (it may then mail what the dead one had sent).
 */
const leaseMs = 10 * 60_000;

interface Fit {
  vacancy: Vacancy;
  reasonNl: string;
  reasonEn: string;
  /** The score the mail shows for it, when it is a match. */
  shown?: ShownScore;
}

/**
 * The alert job: for every saved search whose time has come, the vacancies that are new since its
 * last mail (or, the first time, since a day or a week before it was saved) and fit it, each with
 * its reason. A vacancy is mailed once per search: the alert log records what went out, in the same
 * transaction that moves the search to its next run. When the mail server fails, nothing is recorded
 * and the search is tried again on the next check.
 */
export function createAlertJob(deps: AlertDeps) {
  const { store } = deps;

  function sinceOf(search: SavedSearch): string {
    const from =
      search.lastRunAt ??
      new Date(Date.parse(search.createdAt) - (search.frequency === 'weekly' ? 7 : 1) * day).toISOString();
    return from.slice(0, 10);
  }

  function searchReason(v: Vacancy, s: SearchSummary, distanceKm: number | null): { nl: string; en: string } {
    const nl: string[] = [];
    const en: string[] = [];
    if (s.text) {
      nl.push(`past bij "${s.text}"`);
      en.push(`fits "${s.text}"`);
    }
    if (distanceKm !== null && s.postcode) {
      const km = distanceKm.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
      nl.push(`${km} km van ${s.postcode}`);
      en.push(`${distanceKm.toFixed(1)} km from ${s.postcode}`);
    }
    const sector = deps.taxonomy.sector(v.sector);
    nl.push(`sector ${sector.nameNl.toLowerCase()}`);
    en.push(`${sector.nameEn.toLowerCase()} sector`);
    return { nl: `Nieuw, ${nl.join(', ')}.`, en: `New, ${en.join(', ')}.` };
  }

  async function searchFits(search: SavedSearch, since: string): Promise<Fit[]> {
    const { query, summary } = vacancyQueryOf(search.query, since, 50);
    const page = await deps.search.searchVacancies(query);
    const vacancies = await store.vacancies.getMany(page.hits.map((h) => h.id));
    const distance = new Map(page.hits.map((h) => [h.id, h.distanceKm]));
    return vacancies
      .filter((v) => v.status === 'open')
      .map((v) => {
        const reason = searchReason(v, summary, distance.get(v.id) ?? null);
        return { vacancy: v, reasonNl: reason.nl, reasonEn: reason.en };
      });
  }

  async function matchFits(search: SavedSearch, since: string): Promise<{ profile: Profile | null; fits: Fit[] }> {
    if (!deps.matchingEnabled || !search.profileId) return { profile: null, fits: [] };
    const profile = await store.profiles.get(search.profileId);
    if (!profile) return { profile: null, fits: [] };
    // A background job, not a visitor: it does not share the anonymous cap.
    const { matches } = await deps.matching.matchVacancies({ anonymous: false }, profile, { first: 100 });
    const fits = matches
      .filter((m) => mailedLabels.has(m.explanation.label) && m.vacancy.postedAt >= since)
      .map((m) => ({
        vacancy: m.vacancy,
        reasonNl: `Score ${Math.round(m.score)} van 100. ${m.explanation.summary}`,
        reasonEn: `Score ${Math.round(m.score)} of 100. ${m.explanation.summaryEn}`,
        shown: vacanciesShown({ matches: [m] })[0],
      }));
    return { profile, fits };
  }

  /** The scores a sent mail showed, in the mail's order, as seen by the person it went to. */
  function recordShown(search: SavedSearch, user: User, profile: Profile | null, fresh: Fit[], now: Date) {
    const shown = fresh.flatMap((f) => (f.shown ? [f.shown] : []));
    if (!profile || shown.length === 0) return;
    const caller = { user, actor: { userId: null, requestId: `alert-${search.id}-${now.toISOString()}` } };
    deps.scores.record(caller, { profileId: profile.id, profile }, 'vacancy', shown);
  }

  async function runOne(search: SavedSearch, now: Date): Promise<{ sent: number } | 'failed' | 'taken'> {
    // Several instances run this job: the one that claims the search mails it, the others skip it.
    const lease = new Date(now.getTime() + leaseMs).toISOString();
    if (!(await store.savedSearches.claim(search.id, search.nextRunAt, lease))) return 'taken';
    const user = await store.users.get(search.userId);
    const sent = await store.alertLog.sentVacancyIds(search.id);
    const since = sinceOf(search);
    const { profile, fits } = !user
      ? { profile: null, fits: [] }
      : search.kind === 'search'
        ? { profile: null, fits: await searchFits(search, since) }
        : await matchFits(search, since);
    const fresh = fits.filter((f) => !sent.has(f.vacancy.id)).slice(0, perMail);
    if (user && fresh.length) {
      const items: AlertItem[] = fresh.map((f) => ({
        title: f.vacancy.title,
        employerName: f.vacancy.employerName,
        place: f.vacancy.location.place,
        reasonNl: f.reasonNl,
        reasonEn: f.reasonEn,
        url: `${deps.publicUrl}/vacatures/${encodeURIComponent(f.vacancy.id)}`,
      }));
      const token = signValue(deps.tokenSecret, unsubscribePurpose, search.id);
      const links = {
        unsubscribe: `${deps.publicUrl}/meldingen/afmelden?token=${encodeURIComponent(token)}`,
        manage: `${deps.publicUrl}/mijn/meldingen`,
      };
      try {
        await deps.mailer.send(alertMail(user.email, search, items, links));
      } catch (error) {
        deps.log(`alert ${search.id} not sent, tried again on the next check: ${(error as Error).message}`);
        await store.savedSearches.release(search.id, search.nextRunAt, lease);
        return 'failed';
      }
      recordShown(search, user, profile, fresh, now);
    }
    await store.savedSearches.markRun(search.id, {
      ranAt: now.toISOString(),
      nextRunAt: nextAlertRun(now, search.frequency, deps.alertHourUtc).toISOString(),
      sentVacancyIds: fresh.map((f) => f.vacancy.id),
    });
    return { sent: user ? fresh.length : 0 };
  }

  return {
    /** Runs every due search; `all` runs every saved search now (the development page, tests). */
    async run(options: { all?: boolean } = {}): Promise<AlertRun> {
      const now = deps.clock.now();
      const due = await store.savedSearches.due(options.all ? '9999-12-31' : now.toISOString(), 500);
      const result: AlertRun = { checked: due.length, mailed: 0, vacancies: 0, failed: 0 };
      for (const search of due) {
        const outcome = await runOne(search, now);
        if (outcome === 'taken') result.checked--;
        else if (outcome === 'failed') result.failed++;
        else if (outcome.sent > 0) {
          result.mailed++;
          result.vacancies += outcome.sent;
        }
      }
      return result;
    },
  };
}
export type AlertJob = ReturnType<typeof createAlertJob>;
