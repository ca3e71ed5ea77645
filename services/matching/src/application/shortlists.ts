import type { Shortlist, ShortlistItem } from '@werkbrug/shared/schemas/shortlist';
import type {
  CourseRepository,
  ProfileRepository,
  ShortlistAnswerRepository,
  ShortlistRepository,
  VacancyRepository,
} from '../store/ports.ts';
import { canEditShortlist, canSeeProfile, canSeeShortlist } from '../auth/policy.ts';
import { forbidden, invalidInput, notFound } from '../errors.ts';
import { signedIn, type Caller } from './caller.ts';
import type { Clock, Ids } from './clock-and-ids.ts';
import type { ProfileUseCases } from './profiles.ts';

export interface ShortlistDeps {
  shortlists: ShortlistRepository;
  vacancies: VacancyRepository;
  courses: CourseRepository;
  profiles: Pick<ProfileUseCases, 'visible'>;
  /** The person's answers: an item taken off the list takes its answer with it. */
  answers?: Pick<ShortlistAnswerRepository, 'delete'>;
  /** The stored profiles, to see whether the person still shares with the list's owner. */
  profileStore: Pick<ProfileRepository, 'get'>;
  clock: Clock;
  ids: Ids;
}

const maxItems = 200;

/**
 * A list as its reader sees it. When the person stopped sharing their profile with their adviser,
 * the adviser's list about them stays in the adviser's lists as "niet meer gedeeld": no name, no
 * items, no notes (they are about the person), until the adviser deletes it.
 */
export type ShortlistView = Shortlist & { personWithdrew?: boolean };

const withdrawnName = 'Niet meer gedeeld';

export interface NewItem {
  kind: ShortlistItem['kind'];
  refId: string;
  note?: string | null;
  status?: ShortlistItem['status'] | null;
}

/** Lists of vacancies and courses for one person: the owner changes them, the person may see them. */
export function createShortlistUseCases(deps: ShortlistDeps) {
  const { shortlists } = deps;

  /** An adviser's list about someone who no longer shares their profile with that adviser. */
  async function withdrawn(caller: Caller, list: Shortlist): Promise<boolean> {
    if (caller.user?.role !== 'adviser' || list.ownerId !== caller.user.id) return false;
    const profile = await deps.profileStore.get(list.profileId);
    return !profile || !canSeeProfile(caller.user, profile);
  }

  async function view(caller: Caller, list: Shortlist): Promise<ShortlistView> {
    return (await withdrawn(caller, list)) ? { ...list, name: withdrawnName, items: [], personWithdrew: true } : list;
  }

  async function owned(caller: Caller, id: string): Promise<Shortlist> {
    const list = await shortlists.get(id);
    if (!list) throw notFound('Deze lijst');
    if (!canEditShortlist(caller.user, list)) throw forbidden();
    return list;
  }

  /** A list the caller may change: their own, about someone who still shares with them. */
  async function editable(caller: Caller, id: string): Promise<Shortlist> {
    const list = await owned(caller, id);
    if (await withdrawn(caller, list)) throw forbidden('Deze persoon deelt het profiel niet meer met je.');
    return list;
  }

  function findItem(list: Shortlist, itemId: string): ShortlistItem {
    const item = list.items.find((i) => i.id === itemId);
    if (!item) throw notFound('Dit item op de lijst');
    return item;
  }

  const change = async (caller: Caller, id: string, edit: (list: Shortlist) => Shortlist | Promise<Shortlist>) =>
    shortlists.save(await edit(await editable(caller, id)), caller.actor);

  return {
    /** Lists the caller owns and, for a jobseeker, lists shared with them. */
    async mine(caller: Caller): Promise<ShortlistView[]> {
      const user = signedIn(caller);
      const own = await shortlists.listByOwner(user.id);
      const shared = user.profileId ? await shortlists.listForProfile(user.profileId, { sharedOnly: true }) : [];
      const lists = [...own, ...shared.filter((s) => !own.some((o) => o.id === s.id))];
      return Promise.all(lists.map((list) => view(caller, list)));
    },

    async get(caller: Caller, id: string): Promise<ShortlistView> {
      const list = await shortlists.get(id);
      if (!list) throw notFound('Deze lijst');
      if (!canSeeShortlist(caller.user, list)) throw forbidden();
      return view(caller, list);
    },

    /** An adviser starts a list for someone they guide, a jobseeker for themselves (shared from the start). */
    async create(caller: Caller, profileId: string, name: string): Promise<Shortlist> {
      const user = signedIn(caller);
      const profile = await deps.profiles.visible(caller, profileId);
      const list: Shortlist = {
        id: deps.ids.mint('shl'),
        name,
        ownerId: user.id,
        profileId: profile.id,
        sharedWithJobseeker: user.role === 'jobseeker',
        items: [],
        version: 0,
        updatedAt: '',
      };
      return shortlists.save(list, caller.actor);
    },

    rename: (caller: Caller, id: string, name: string) => change(caller, id, (list) => ({ ...list, name })),

    share: (caller: Caller, id: string, shared: boolean) =>
      change(caller, id, (list) => ({ ...list, sharedWithJobseeker: shared })),

    /** Also for a list about someone who stopped sharing: the adviser may always clear it away. */
    async remove(caller: Caller, id: string): Promise<boolean> {
      return shortlists.delete((await owned(caller, id)).id, caller.actor);
    },

    addItem: (caller: Caller, id: string, item: NewItem) =>
      change(caller, id, async (list) => {
        const exists =
          item.kind === 'vacancy' ? await deps.vacancies.get(item.refId) : await deps.courses.get(item.refId);
        if (!exists) {
          const message = item.kind === 'vacancy' ? 'Deze vacature bestaat niet.' : 'Deze opleiding bestaat niet.';
          throw invalidInput([{ path: 'refId', message }]);
        }
        if (list.items.some((i) => i.kind === item.kind && i.refId === item.refId)) {
          throw invalidInput([{ path: 'refId', message: 'Dit staat al op de lijst.' }]);
        }
        if (list.items.length >= maxItems) throw invalidInput([], `Deze lijst is vol (${maxItems} items).`);
        const added: ShortlistItem = {
          id: deps.ids.mint('sli'),
          kind: item.kind,
          refId: item.refId,
          note: item.note ?? '',
          status: item.status ?? 'voorgesteld',
          position: list.items.length,
          addedAt: deps.clock.now().toISOString(),
        };
        return { ...list, items: [...list.items, added] };
      }),

    updateItem: (
      caller: Caller,
      id: string,
      itemId: string,
      edit: { note?: string | null; status?: ShortlistItem['status'] | null },
    ) =>
      change(caller, id, (list) => {
        const item = findItem(list, itemId);
        const next = { ...item, note: edit.note ?? item.note, status: edit.status ?? item.status };
        return { ...list, items: list.items.map((i) => (i.id === item.id ? next : i)) };
      }),

    async removeItem(caller: Caller, id: string, itemId: string): Promise<Shortlist> {
      const saved = await change(caller, id, (list) => {
        const item = findItem(list, itemId);
        return { ...list, items: list.items.filter((i) => i.id !== item.id) };
      });
      await deps.answers?.delete(saved.id, itemId, caller.actor);
      return saved;
    },

    /** A new order: every item id exactly once. */
    reorder: (caller: Caller, id: string, itemIds: readonly string[]) =>
      change(caller, id, (list) => {
        const complete = itemIds.length === list.items.length && new Set(itemIds).size === itemIds.length;
        if (!complete || itemIds.some((itemId) => !list.items.some((i) => i.id === itemId))) {
          throw invalidInput([{ path: 'itemIds', message: 'Geef elk item van de lijst precies één keer.' }]);
        }
        return { ...list, items: itemIds.map((itemId, position) => ({ ...findItem(list, itemId), position })) };
      }),
  };
}
export type ShortlistUseCases = ReturnType<typeof createShortlistUseCases>;
