import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';

const OwnListsQuery = graphql(`
  query SaveToList_OwnLists {
    myShortlists {
      id
      ownedByMe
      items {
        id
        vacancy {
          id
        }
      }
    }
  }
`);

const CreateListMutation = graphql(`
  mutation SaveToList_CreateList($profileId: ID!, $name: String!) {
    createShortlist(profileId: $profileId, name: $name) {
      id
    }
  }
`);

const AddItemMutation = graphql(`
  mutation SaveToList_AddItem($shortlistId: ID!, $refId: ID!) {
    addShortlistItem(shortlistId: $shortlistId, kind: VACANCY, refId: $refId, status: VOORGESTELD) {
      id
      items {
        id
      }
    }
  }
`);

/**
 * "Bewaar op mijn lijst". The first save starts the person's own list ("Mijn lijst"); later saves
 * add to it. Success is announced, and the button then says the vacancy is saved.
 */
export function SaveToList({ profileId, vacancyId, title }: { profileId: string; vacancyId: string; title: string }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  // An empty answer names no type, so say which type's changes must refresh it.
  const context = useMemo(() => ({ additionalTypenames: ['Shortlist'] }), []);
  const [lists] = useQuery({ query: OwnListsQuery, context });
  const [, createList] = useMutation(CreateListMutation);
  const [, addItem] = useMutation(AddItemMutation);
  const [busy, setBusy] = useState(false);
  // The button gives way to "saved" once the list shows the vacancy: that text then takes its focus.
  const [justSaved, setJustSaved] = useState(false);
  const savedText = useRef<HTMLParagraphElement>(null);
  const [error, setError] = useState<CombinedError | undefined>();

  const own = lists.data?.myShortlists.find((l) => l.ownedByMe);
  const saved = own?.items.some((item) => item.vacancy?.id === vacancyId) ?? false;

  const save = async () => {
    setBusy(true);
    setError(undefined);
    let listId = own?.id;
    if (!listId) {
      const created = await createList({ profileId, name: t.mine.myListName });
      listId = created.data?.createShortlist.id;
      if (!listId) {
        setBusy(false);
        setError(created.error);
        return;
      }
    }
    const added = await addItem({ shortlistId: listId, refId: vacancyId });
    setBusy(false);
    if (added.error) setError(added.error);
    else {
      announce(t.mine.savedAnnounce(title));
      setJustSaved(true);
    }
  };
  useEffect(() => {
    if (saved && justSaved) savedText.current?.focus();
  }, [saved, justSaved]);

  if (saved) {
    return (
      <p className="saved" data-testid="saved" ref={savedText} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {t.mine.saved}
      </p>
    );
  }
  return (
    <>
      <button type="button" className="button button--secondary" onClick={save} disabled={busy || lists.fetching}>
        {busy ? t.mine.saving : t.mine.save}
        <span className="visually-hidden">: {title}</span>
      </button>
      {error && <ErrorNotice error={error} />}
    </>
  );
}
