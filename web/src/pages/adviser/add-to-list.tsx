import { useId, useState, type FormEvent } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { graphql } from '../../gql/index.ts';
import type { ShortlistItemKind, ShortlistItemStatus } from '../../gql/graphql.ts';
import { fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { StatusSelect } from './status-select.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';

const AddMutation = graphql(`
  mutation AddToList_Add(
    $shortlistId: ID!
    $kind: ShortlistItemKind!
    $refId: ID!
    $note: String
    $status: ShortlistItemStatus
  ) {
    addShortlistItem(shortlistId: $shortlistId, kind: $kind, refId: $refId, note: $note, status: $status) {
      id
      items {
        id
      }
    }
  }
`);

export interface ListChoice {
  id: string;
  name: string;
}

/** In the order things happen. */

/**
 * Put a vacancy or a course on one of the person's lists, with a note and a status. It sits in a
 * disclosure so a page of matches stays short; the adviser opens it for the one they want.
 */
export function AddToList({
  lists,
  vacancyId,
  title,
  kind = 'VACANCY',
}: {
  lists: readonly ListChoice[];
  /** The vacancy's id, or the course's when `kind` is COURSE. */
  vacancyId: string;
  title: string;
  kind?: ShortlistItemKind;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [listId, setListId] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<ShortlistItemStatus>('VOORGESTELD');
  const [{ fetching }, add] = useMutation(AddMutation);
  const [error, setError] = useState<CombinedError | undefined>();
  const [addedTo, setAddedTo] = useState<string | null>(null);

  if (!lists.length) return <p className="muted">{t.adviser.needList}</p>;
  const chosen = lists.find((l) => l.id === listId) ?? lists[0];
  if (!chosen) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const result = await add({ shortlistId: chosen.id, kind, refId: vacancyId, note: note.trim() || null, status });
    if (result.error) {
      setError(result.error);
      return;
    }
    setAddedTo(chosen.name);
    setNote('');
    announce(t.adviser.added(title, chosen.name));
  };

  const problems = fieldProblems(error);
  const noteProblem = problems.find((p) => p.path === 'note');

  return (
    <details className="disclosure add-to-list">
      <summary>
        {t.adviser.addOpen}
        <span className="visually-hidden">: {title}</span>
      </summary>
      <form onSubmit={submit} className="add-to-list__form" aria-label={t.adviser.addHeading(title)}>
        <div className="item-editor">
          <div className="field">
            <label htmlFor={`${id}-list`}>{t.adviser.chooseList}</label>
            <select id={`${id}-list`} className="input" value={chosen.id} onChange={(e) => setListId(e.target.value)}>
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
          <StatusSelect id={`${id}-status`} value={status} onChange={setStatus} />
        </div>
        <div className={noteProblem ? 'field field--error' : 'field'}>
          <label htmlFor={`${id}-note`}>{t.adviser.note}</label>
          <p className="hint" id={`${id}-note-hint`}>
            {t.adviser.noteHint}
          </p>
          {noteProblem && (
            <p className="field__error" id={`${id}-note-error`} lang="nl">
              {noteProblem.message}
            </p>
          )}
          <textarea
            id={`${id}-note`}
            className="input"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-invalid={noteProblem ? true : undefined}
            aria-describedby={noteProblem ? `${id}-note-hint ${id}-note-error` : `${id}-note-hint`}
          />
        </div>
        {error && !noteProblem && <ErrorNotice error={error} />}
        <button type="submit" className="button" disabled={fetching}>
          {t.adviser.addToList}
        </button>
        {addedTo && (
          <p className="saved" data-testid="added">
            <span aria-hidden="true">✓ </span>
            {t.adviser.added(title, addedTo)}
          </p>
        )}
      </form>
    </details>
  );
}
