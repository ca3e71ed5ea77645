import { maxSavedSearches, type SavedSearchInput } from '@werkbrug/shared/schemas/saved-search';
import type { SavedSearch, SavedSearchRepository } from '../store/ports.ts';
import { verifySignedValue } from '../auth/tokens.ts';
import { forbidden, invalidInput, notFound } from '../errors.ts';
import { signedIn, type Caller } from './caller.ts';
import type { Clock, Ids } from './clock-and-ids.ts';
import { nextAlertRun } from './alert-schedule.ts';

export interface SavedSearchDeps {
  savedSearches: SavedSearchRepository;
  tokenSecret: string;
  alertHourUtc: number;
  clock: Clock;
  ids: Ids;
}

/** What signs the unsubscribe link of an alert mail; the alert job signs with the same purpose. */
export const unsubscribePurpose = 'alert-unsubscribe';

/** A person's saved searches: save, change how often, stop; and stop from a mail without signing in. */
export function createSavedSearchUseCases(deps: SavedSearchDeps) {
  const { savedSearches, clock } = deps;

  async function own(caller: Caller, id: string): Promise<SavedSearch> {
    const found = await savedSearches.get(id);
    if (!found) throw notFound('Deze zoekopdracht');
    if (found.userId !== signedIn(caller).id) throw forbidden();
    return found;
  }

  return {
    mine: (caller: Caller) => savedSearches.listByUser(signedIn(caller).id),

    async save(caller: Caller, input: SavedSearchInput): Promise<SavedSearch> {
      const user = signedIn(caller);
      if (input.kind === 'matches' && !user.profileId)
        throw invalidInput([
          { path: 'kind', message: 'Maak eerst een profiel. Dan kunnen we matches voor je zoeken.' },
        ]);
      if ((await savedSearches.countByUser(user.id)) >= maxSavedSearches)
        throw invalidInput([], `Je hebt al ${maxSavedSearches} zoekopdrachten. Verwijder er eerst een.`);
      const now = clock.now();
      return savedSearches.save(
        {
          id: deps.ids.mint('srch'),
          userId: user.id,
          profileId: input.kind === 'matches' ? user.profileId : null,
          kind: input.kind,
          name: input.name,
          query: input.kind === 'matches' ? '' : input.query,
          frequency: input.frequency,
          createdAt: now.toISOString(),
          lastRunAt: null,
          nextRunAt: nextAlertRun(now, input.frequency, deps.alertHourUtc).toISOString(),
        },
        caller.actor,
      );
    },

    async setFrequency(caller: Caller, id: string, frequency: SavedSearch['frequency']): Promise<SavedSearch> {
      const found = await own(caller, id);
      const from = found.lastRunAt ? new Date(found.lastRunAt) : clock.now();
      const nextRunAt = nextAlertRun(from, frequency, deps.alertHourUtc).toISOString();
      return savedSearches.save({ ...found, frequency, nextRunAt }, caller.actor);
    },

    async remove(caller: Caller, id: string): Promise<boolean> {
      return savedSearches.delete((await own(caller, id)).id, caller.actor);
    },

    /**
     * From the link in an alert mail: no sign-in, the signature is the proof. Says which search
     * stopped; a search already gone is fine too (a second click on the same link).
     */
    async unsubscribe(caller: Caller, token: string): Promise<{ name: string | null }> {
      const id = verifySignedValue(deps.tokenSecret, unsubscribePurpose, token);
      if (!id)
        throw invalidInput([
          { path: 'token', message: 'Deze afmeldlink klopt niet. Kopieer de hele link uit de mail.' },
        ]);
      const found = await savedSearches.get(id);
      if (!found) return { name: null };
      await savedSearches.delete(found.id, caller.actor);
      return { name: found.name };
    },
  };
}
export type SavedSearchUseCases = ReturnType<typeof createSavedSearchUseCases>;
