import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';
import { byId, focusAfterRemoval } from '../../layout/focus-after-removal.ts';

const CloseMutation = graphql(`
  mutation CloseVacancy_Close($id: ID!) {
    closeVacancy(id: $id) {
      id
      status
    }
  }
`);

/**
 * Closing cannot be undone, so it asks first, in the page (not a browser dialog): the question gets
 * focus and is read out, and "no" returns focus to the button.
 */
export function CloseVacancy({ id, title }: { id: string; title: string }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [asking, setAsking] = useState(false);
  const [result, close] = useMutation(CloseMutation);
  const button = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  const confirm = async () => {
    const row = question.current?.closest('li') ?? null;
    const answer = await close({ id });
    if (answer.error) return;
    announce(t.employer.closedAnnounce(title));
    // The vacancy moves to the closed ones: focus goes to the next open one, or to the open list's heading.
    focusAfterRemoval(row, byId('vacatures-open'));
  };

  if (!asking) {
    return (
      <button
        ref={button}
        type="button"
        className="button button--secondary button--small"
        onClick={() => setAsking(true)}
      >
        {t.employer.close}
        <span className="visually-hidden">
          : <span lang="nl">{title}</span>
        </span>
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={`sluit-${id}`}>
      <p id={`sluit-${id}`} tabIndex={-1} ref={question}>
        {t.employer.closeConfirm(title)}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--small button--danger"
          onClick={confirm}
          disabled={result.fetching}
        >
          {t.employer.closeYes}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setAsking(false);
            window.requestAnimationFrame(() => button.current?.focus());
          }}
        >
          {t.employer.closeNo}
        </button>
      </div>
      {result.error && <ErrorNotice error={result.error} />}
    </div>
  );
}
