import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { graphql } from '../../gql/index.ts';
import type { ListAnswer, ShortlistItemKind, ShortlistItemStatus } from '../../gql/graphql.ts';
import { fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';
import { StatusSelect } from './status-select.tsx';

const UpdateMutation = graphql(`
  mutation ShortlistItemRow_Update($listId: ID!, $itemId: ID!, $note: String, $status: ShortlistItemStatus) {
    updateShortlistItem(shortlistId: $listId, itemId: $itemId, note: $note, status: $status) {
      id
      items {
        id
        note
        status
      }
    }
  }
`);

interface RowItem {
  id: string;
  kind: ShortlistItemKind;
  note: string;
  status: ShortlistItemStatus;
  vacancy?: { id: string; employerName: string } | null;
  course?: { id: string; providerName: string } | null;
  answer?: { answer: ListAnswer; note: string } | null;
}

interface RowProps {
  listId: string;
  item: RowItem;
  title: string;
  index: number;
  count: number;
  compared: boolean;
  onCompare: (on: boolean) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One item of the list: its place, the note and status to edit, and buttons to move or remove it. */
export function ShortlistItemRow({
  listId,
  item,
  title,
  index,
  count,
  compared,
  onCompare,
  onMove,
  onRemove,
}: RowProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [note, setNote] = useState(item.note);
  const [status, setStatus] = useState(item.status);
  const [update, setUpdate] = useMutation(UpdateMutation);
  const base = `item-${item.id}`;
  const noteProblem = fieldProblems(update.error).find((p) => p.path === 'note');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await setUpdate({ listId, itemId: item.id, note, status });
    if (!answer.error) announce(t.list.savedItem(title));
  };

  const link = item.vacancy
    ? `/vacatures/${encodeURIComponent(item.vacancy.id)}`
    : item.course
      ? `/opleidingen/${encodeURIComponent(item.course.id)}`
      : null;
  return (
    <li className="shortlist__item" aria-labelledby={`${base}-title`}>
      <div className="shortlist__head">
        <span className="shortlist__place" aria-hidden="true">
          {index + 1}
        </span>
        <div>
          <h3 className="match__title" id={`${base}-title`}>
            <span className="visually-hidden">{index + 1}. </span>
            {link ? (
              <Link to={link} lang="nl">
                {title}
              </Link>
            ) : (
              title
            )}
          </h3>
          <p className="card__meta">
            <span className="badge badge--info">{t.shortlist.kind[item.kind]}</span>{' '}
            <span lang="nl">{item.vacancy?.employerName ?? item.course?.providerName ?? ''}</span>
          </p>
          {item.answer && (
            <p className="answer" data-testid="person-answer">
              {t.act.answers.personAnswer}: <strong>{t.act.answers.options[item.answer.answer]}</strong>
              {item.answer.note && (
                <>
                  {' '}
                  – <span lang="nl">{item.answer.note}</span>
                </>
              )}
            </p>
          )}
          {link && (
            <p className="print-only">
              {t.act.list.address}: {`${window.location.origin}${link}`}
            </p>
          )}
          <p className="print-only">
            {t.adviser.status}: {t.shortlist.status[item.status]}
            {item.note && (
              <>
                <br />
                {t.adviser.note}: <span lang="nl">{item.note}</span>
              </>
            )}
          </p>
        </div>
      </div>
      <form className="no-print" onSubmit={save} aria-label={`${t.list.save}: ${title}`}>
        <div className="item-editor">
          <div className={noteProblem ? 'field field--error' : 'field'}>
            <label htmlFor={`${base}-note`}>{t.adviser.note}</label>
            {noteProblem && (
              <p className="field__error" id={`${base}-note-error`} lang="nl">
                {noteProblem.message}
              </p>
            )}
            <textarea
              id={`${base}-note`}
              className="input"
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={noteProblem ? true : undefined}
              aria-describedby={noteProblem ? `${base}-note-error` : undefined}
            />
          </div>
          <StatusSelect id={`${base}-status`} value={status} onChange={setStatus} />
        </div>
        {update.error && !noteProblem && <ErrorNotice error={update.error} />}
        <div className="button-row">
          <button type="submit" className="button button--small" disabled={update.fetching}>
            {t.list.save}
            <span className="visually-hidden">: {title}</span>
          </button>
          <button
            type="button"
            id={`${item.id}-up`}
            className="button button--secondary button--small"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            {t.list.up}
            <span className="visually-hidden">: {title}</span>
          </button>
          <button
            type="button"
            id={`${item.id}-down`}
            className="button button--secondary button--small"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t.list.down}
            <span className="visually-hidden">: {title}</span>
          </button>
          <button
            type="button"
            id={`${item.id}-remove`}
            className="button button--secondary button--small"
            onClick={onRemove}
          >
            {t.list.remove}
            <span className="visually-hidden">: {title}</span>
          </button>
          {item.vacancy && (
            <span className="check check--inline">
              <input
                id={`${base}-compare`}
                type="checkbox"
                checked={compared}
                onChange={(e) => onCompare(e.target.checked)}
              />
              <label htmlFor={`${base}-compare`}>
                {t.list.compare}
                <span className="visually-hidden">: {title}</span>
              </label>
            </span>
          )}
        </div>
      </form>
    </li>
  );
}
