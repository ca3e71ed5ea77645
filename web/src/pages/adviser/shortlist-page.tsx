import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { AdviceNotice } from '../../components/advice-notice.tsx';
import { DetailError } from '../../components/detail-error.tsx';
import { download } from '../../components/download.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { byId, focusAfterRemoval } from '../../layout/focus-after-removal.ts';
import { useAnnounce } from '../../layout/announcer.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { CompareView } from './compare-view.tsx';
import { shortlistCsv } from './shortlist-csv.ts';
import { ShortlistItemRow } from './shortlist-item-row.tsx';
import { UndoToast, useDeferredRemoval } from './undo-removal.tsx';

const ListQuery = graphql(`
  query ShortlistPage_List($id: ID!) {
    viewer {
      id
      name
      email
    }
    shortlist(id: $id) {
      id
      name
      ownedByMe
      sharedWithJobseeker
      profile {
        id
        alias
      }
      items {
        id
        kind
        note
        status
        answer {
          answer
          note
        }
        vacancy {
          id
          title
          employerName
          occupation {
            uri
          }
          sector {
            key
            nameNl
            nameEn
            outlook
          }
          hoursMin
          hoursMax
          nlqfLevel
          contractType
          garantiebaan
          validThrough
          location {
            place
          }
          salary {
            min
            max
            period
          }
          essentialSkills {
            uri
            labelNl
            labelEn
          }
        }
        course {
          id
          title
          providerName
        }
      }
    }
  }
`);

const ShareMutation = graphql(`
  mutation ShortlistPage_Share($id: ID!, $shared: Boolean!) {
    shareShortlist(id: $id, shared: $shared) {
      id
      sharedWithJobseeker
    }
  }
`);

const ReorderMutation = graphql(`
  mutation ShortlistPage_Reorder($id: ID!, $itemIds: [ID!]!) {
    reorderShortlist(id: $id, itemIds: $itemIds) {
      id
      items {
        id
        position
      }
    }
  }
`);

const RemoveMutation = graphql(`
  mutation ShortlistPage_Remove($id: ID!, $itemId: ID!) {
    removeShortlistItem(shortlistId: $id, itemId: $itemId) {
      id
      items {
        id
      }
    }
  }
`);

/** One list the adviser made for a person: edit, order, share, compare, print and export it. */
export function ShortlistPage() {
  return <RoleGate role="ADVISER">{() => <Shortlist />}</RoleGate>;
}

function Shortlist() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: ListQuery, variables: { id } });
  const [share, setShare] = useMutation(ShareMutation);
  const [reorder, setReorder] = useMutation(ReorderMutation);
  const [remove, setRemove] = useMutation(RemoveMutation);
  const removal = useDeferredRemoval(async (pending) => {
    const answer = await setRemove({ id: pending.listId, itemId: pending.itemId });
    return !answer.error;
  });
  const [compare, setCompare] = useState<string[]>([]);
  // The switch follows the hand at once; it falls back to the stored value if the change fails.
  const [sharing, setSharing] = useState<boolean | null>(null);
  useDocumentTitle(result.data?.shortlist.name ?? null);

  const hidden = removal.pending?.itemId;
  const items = useMemo(
    () => (result.data?.shortlist.items ?? []).filter((i) => i.id !== hidden),
    [result.data, hidden],
  );
  // After a move, focus goes back to the moved item's button once the page shows the new order.
  const [pendingFocus, setPendingFocus] = useState<{ elementId: string; order: string } | null>(null);
  useEffect(() => {
    if (!pendingFocus || items.map((i) => i.id).join() !== pendingFocus.order) return;
    document.getElementById(pendingFocus.elementId)?.focus();
    setPendingFocus(null);
  }, [items, pendingFocus]);
  if (result.error)
    return (
      <DetailError
        error={result.error}
        notFoundTitle={t.list.notFound}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!result.data) return <Loading />;
  const list = result.data.shortlist;
  const titleOf = (item: (typeof items)[number]) => item.vacancy?.title ?? item.course?.title ?? t.list.itemGone;

  const move = async (index: number, delta: -1 | 1) => {
    const target = index + delta;
    const item = items[index];
    if (!item || target < 0 || target >= items.length || reorder.fetching) return;
    const ids = items.map((i) => i.id);
    [ids[index], ids[target]] = [ids[target] ?? '', ids[index] ?? ''];
    const answer = await setReorder({ id: list.id, itemIds: ids });
    if (answer.error) return;
    announce(t.list.moved(titleOf(item), target + 1));
    // Keep focus on the same button, or on the other one when the item reached an end (disabled there).
    const atEnd = target === 0 || target === items.length - 1;
    const button = atEnd ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
    setPendingFocus({ elementId: `${item.id}-${button}`, order: ids.join() });
  };

  // "Weghalen" hides the item at once and removes it for real after a few seconds, unless the
  // adviser presses "Ongedaan maken" in the toast: nothing is lost by a slip of the hand.
  const removeItem = (index: number) => {
    const item = items[index];
    if (!item) return;
    const row = document.getElementById(`item-${item.id}-title`)?.closest('li') ?? null;
    setCompare((c) => c.filter((x) => x !== item.id));
    removal.start({ listId: list.id, itemId: item.id, title: titleOf(item) });
    // The row is hidden at once: focus goes to the next item (or the list title), as for any removal.
    focusAfterRemoval(row, byId('lijst-titel'));
  };

  // Optimistic: the switch shows the new state at once and keeps it (the refetched list agrees);
  // only a failed mutation puts it back to what the server says.
  const toggleShare = async (shared: boolean) => {
    setSharing(shared);
    const answer = await setShare({ id: list.id, shared });
    if (answer.error) setSharing(null);
    else announce(shared ? t.list.sharedOn : t.list.sharedOff);
  };

  const toggleCompare = (itemId: string, on: boolean) =>
    setCompare((c) => (on ? [...c.filter((x) => x !== itemId), itemId].slice(-2) : c.filter((x) => x !== itemId)));
  // The comparison and its close button go away: focus returns to the first compared item's checkbox.
  const closeCompare = () => {
    const first = compare[0];
    setCompare([]);
    if (first) document.getElementById(`item-${first}-compare`)?.focus();
  };
  const compared = compare.flatMap((cid) => items.find((i) => i.id === cid)?.vacancy ?? []);
  const mutationError = share.error ?? reorder.error ?? remove.error;

  return (
    <>
      {list.profile && (
        <p className="no-print">
          <Link to={`/adviseur/personen/${encodeURIComponent(list.profile.id)}`} className="back-link">
            {t.list.toPerson}
          </Link>
        </p>
      )}
      <PageHeading>
        <span lang="nl" id="lijst-titel" tabIndex={-1}>
          {list.name}
        </span>
      </PageHeading>
      {list.profile && (
        <p className="lead" lang="nl">
          {t.list.forPerson(list.profile.alias)}
        </p>
      )}
      <PrintHeader adviser={result.data.viewer} />
      <div className="list-toolbar no-print">
        <div className="switch-field">
          <p className="switch">
            <input
              id="delen"
              type="checkbox"
              role="switch"
              checked={sharing ?? list.sharedWithJobseeker}
              onChange={(e) => toggleShare(e.target.checked)}
              aria-describedby="delen-uitleg"
            />
            <label htmlFor="delen">{t.list.share}</label>
          </p>
          <p className="hint" id="delen-uitleg">
            {t.list.shareHint}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t.list.print}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => download(`${list.name}.csv`, shortlistCsv(t, items))}
          >
            {t.list.exportCsv}
          </button>
        </div>
      </div>
      {mutationError && <ErrorNotice error={mutationError} />}
      {items.length === 0 ? (
        <p>{t.list.empty}</p>
      ) : (
        <>
          <p className="hint no-print">{t.list.compareHint}</p>
          <ol className="list-items shortlist" data-testid="shortlist-items">
            {items.map((item, index) => (
              <ShortlistItemRow
                key={item.id}
                listId={list.id}
                item={item}
                title={titleOf(item)}
                index={index}
                count={items.length}
                compared={compare.includes(item.id)}
                onCompare={(on) => toggleCompare(item.id, on)}
                onMove={(delta) => move(index, delta)}
                onRemove={() => removeItem(index)}
              />
            ))}
          </ol>
        </>
      )}
      {compared.length === 2 && (
        <section aria-labelledby="vergelijk-titel" className="compare-section">
          <h2 id="vergelijk-titel">{t.list.compareHeading}</h2>
          <CompareView vacancies={compared} profileId={list.profile?.id ?? null} />
          <button type="button" className="button button--secondary no-print" onClick={closeCompare}>
            {t.list.compareClear}
          </button>
        </section>
      )}
      <AdviceNotice />
      <UndoToast removal={removal} />
    </>
  );
}

/** On paper only: when it was printed, who to call, and how to apply. */
function PrintHeader({ adviser }: { adviser: { name: string; email: string } | null | undefined }) {
  const { t, lang } = useI18n();
  const today = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date());
  return (
    <div className="print-only" data-testid="print-header">
      <p>{t.act.list.printedOn(today)}</p>
      {adviser && <p>{t.act.list.adviserContact(adviser.name, adviser.email)}</p>}
      <h2>{t.act.list.howToApply}</h2>
      <p>{t.act.list.howToApplyText}</p>
    </div>
  );
}
