import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { ListAnswer } from '../../gql/graphql.ts';
import { errorMessage } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';

const AnswerMutation = graphql(`
  mutation ItemAnswer_Answer($shortlistId: ID!, $itemId: ID!, $answer: ListAnswer!, $note: String) {
    answerShortlistItem(shortlistId: $shortlistId, itemId: $itemId, answer: $answer, note: $note) {
      id
      items {
        id
        answer {
          answer
          note
          answeredAt
        }
      }
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation ItemAnswer_Withdraw($shortlistId: ID!, $itemId: ID!) {
    withdrawShortlistAnswer(shortlistId: $shortlistId, itemId: $itemId) {
      id
      items {
        id
        answer {
          answer
          note
          answeredAt
        }
      }
    }
  }
`);

const answers: ListAnswer[] = ['INTERESTED', 'NOT_FOR_ME', 'APPLIED'];

/** The person answers an item their adviser shared: three choices and a short note the adviser sees. */
export function ItemAnswer({
  shortlistId,
  itemId,
  title,
  current,
}: {
  shortlistId: string;
  itemId: string;
  title: string;
  current: { answer: ListAnswer; note: string } | null;
}) {
  const { t } = useI18n();
  const id = useId();
  const announce = useAnnounce();
  const [saving, save] = useMutation(AnswerMutation);
  const [, withdraw] = useMutation(WithdrawMutation);
  const [choice, setChoice] = useState<ListAnswer | null>(current?.answer ?? null);
  const [note, setNote] = useState(current?.note ?? '');
  const [error, setError] = useState<{ text: string; lang?: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    const response = await save({ shortlistId, itemId, answer: choice, note: note.trim() || null });
    if (response.error) {
      const message = errorMessage(response.error, { network: t.site.networkError, unknown: t.site.unknownError });
      setError({ text: message.text, lang: message.fromApi ? 'nl' : undefined });
      return;
    }
    setError(null);
    announce(t.act.answers.saved(title));
  };

  return (
    <form className="item-answer" onSubmit={submit} data-testid="item-answer">
      <fieldset className="choice-group choice-group--inline">
        <legend>
          {t.act.answers.legendLead} <span lang="nl">{title}</span>?
        </legend>
        {answers.map((a) => (
          <label key={a} className="choice">
            <input type="radio" name={`${id}-antwoord`} checked={choice === a} onChange={() => setChoice(a)} />{' '}
            {t.act.answers.options[a]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-notitie`}>{t.act.answers.note}</label>
        <input
          id={`${id}-notitie`}
          className="input"
          value={note}
          maxLength={300}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {error && (
        <p className="field__error" role="alert" lang={error.lang}>
          {error.text}
        </p>
      )}
      <p className="button-row">
        <button type="submit" className="button button--secondary" disabled={!choice || saving.fetching}>
          {t.act.answers.save}
        </button>
        {current && (
          <button
            type="button"
            className="button button--link"
            onClick={async () => {
              const response = await withdraw({ shortlistId, itemId });
              if (response.error) return announce(t.site.unknownError);
              setChoice(null);
              setNote('');
              announce(t.act.answers.withdrawn(title));
            }}
          >
            {t.act.answers.withdraw}
          </button>
        )}
      </p>
    </form>
  );
}
