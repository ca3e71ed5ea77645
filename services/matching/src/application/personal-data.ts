import type { Store } from '../store/ports.ts';
import { signedIn, type Caller } from './caller.ts';
import type { Clock } from './clock-and-ids.ts';

/**
 * Everything Werkbrug holds about the signed-in person (GDPR art. 15), as one JSON document:
 * account, profile (with the demographic facts they chose to give), shortlists about them (and their
 * answers on them), saved searches and the alerts sent, employers' contact requests, and the audit
 * entries that name them or their profile, and the scores shown about them (the scoring log). Erasure
 * (art. 17) is `profiles.erase`.
 */
export function createDataExport(deps: {
  store: Pick<
    Store,
    | 'profiles'
    | 'shortlists'
    | 'audit'
    | 'savedSearches'
    | 'alertLog'
    | 'contactRequests'
    | 'shortlistAnswers'
    | 'scoringLog'
  >;
  clock: Clock;
}) {
  const { store } = deps;
  return async (caller: Caller): Promise<string> => {
    const user = signedIn(caller);
    const profile = user.profileId ? await store.profiles.get(user.profileId) : null;
    const shortlists = [
      ...(await store.shortlists.listByOwner(user.id)),
      ...(profile ? await store.shortlists.listForProfile(profile.id) : []),
    ];
    const audit = [
      ...(await store.audit.list({ actorId: user.id }, 1000)),
      ...(profile ? await store.audit.list({ entityId: profile.id }, 1000) : []),
    ];
    const lists = [...new Map(shortlists.map((s) => [s.id, s])).values()];
    // Issue 13: the person's answers on lists, saved searches with what was mailed, and employers'
    // requests to get in touch with them.
    const answers = (await Promise.all(lists.map((l) => store.shortlistAnswers.listForShortlist(l.id)))).flat();
    return JSON.stringify(
      {
        exportedAt: deps.clock.now().toISOString(),
        account: user,
        profile,
        shortlists: lists,
        listAnswers: answers,
        savedSearches: await store.savedSearches.listByUser(user.id),
        alertsSent: await store.alertLog.listForUser(user.id),
        contactRequests: profile ? await store.contactRequests.listForProfile(profile.id) : [],
        auditLog: [...new Map(audit.map((a) => [a.id, a])).values()],
        scoringLog: profile ? await store.scoringLog.forProfile(profile.id, 5000) : [],
        note: 'Dit zijn alle gegevens die Werkbrug over jou bewaart. Bij scoringLog staat elke matchscore die over jou is getoond, met waarom. Die bewaren we een tijd (standaard zes maanden), zoals de wet vraagt.',
      },
      null,
      2,
    );
  };
}
