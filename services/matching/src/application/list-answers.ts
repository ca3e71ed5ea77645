import type { Shortlist } from '@werkbrug/shared/schemas/shortlist';
import type {
  ListAnswerKind,
  ShortlistAnswer,
  ShortlistAnswerRepository,
  ShortlistRepository,
} from '../store/ports.ts';
import { canSeeShortlist } from '../auth/policy.ts';
import { forbidden, notFound } from '../errors.ts';
import { signedIn, type Caller } from './caller.ts';
import type { Clock } from './clock-and-ids.ts';

export interface ListAnswerDeps {
  shortlists: Pick<ShortlistRepository, 'get'>;
  answers: ShortlistAnswerRepository;
  clock: Clock;
}

/**
 * The person answers the items their adviser shared with them: interesting, not for me, applied,
 * with a short note. The answer is theirs (the adviser's note and status stay the adviser's), and
 * the adviser sees it on the list.
 */
export function createListAnswerUseCases(deps: ListAnswerDeps) {
  async function answerable(caller: Caller, shortlistId: string, itemId: string): Promise<Shortlist> {
    const user = signedIn(caller);
    const list = await deps.shortlists.get(shortlistId);
    if (!list) throw notFound('Deze lijst');
    // Only the person the list is about answers, and only once it is shared with them.
    if (!canSeeShortlist(user, list) || user.profileId !== list.profileId) throw forbidden();
    if (!list.items.some((i) => i.id === itemId)) throw notFound('Dit item op de lijst');
    return list;
  }

  return {
    async answer(
      caller: Caller,
      shortlistId: string,
      itemId: string,
      answer: { answer: ListAnswerKind; note: string },
    ): Promise<ShortlistAnswer> {
      const list = await answerable(caller, shortlistId, itemId);
      return deps.answers.save(
        {
          shortlistId: list.id,
          itemId,
          answer: answer.answer,
          note: answer.note,
          answeredAt: deps.clock.now().toISOString(),
        },
        caller.actor,
      );
    },

    async withdraw(caller: Caller, shortlistId: string, itemId: string): Promise<boolean> {
      const list = await answerable(caller, shortlistId, itemId);
      return deps.answers.delete(list.id, itemId, caller.actor);
    },

    /** Answers by item id, for showing a list (the type has already checked who may see it). */
    async byItem(shortlistId: string): Promise<Map<string, ShortlistAnswer>> {
      return new Map((await deps.answers.listForShortlist(shortlistId)).map((a) => [a.itemId, a]));
    },
  };
}
export type ListAnswerUseCases = ReturnType<typeof createListAnswerUseCases>;
