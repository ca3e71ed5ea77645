import { shortText } from '@werkbrug/shared/schemas/common';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describedBy, FormField } from '../../components/form-field.tsx';
import { graphql } from '../../gql/index.ts';
import type { ContactRequestStatus } from '../../gql/graphql.ts';
import { errorMessage, fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';

const AskMutation = graphql(`
  mutation AskContact_Ask($vacancyId: ID!, $candidateId: String!, $message: String!) {
    requestCandidateContact(vacancyId: $vacancyId, candidateId: $candidateId, message: $message) {
      status
      createdAt
    }
  }
`);

const messageSchema = shortText(10, 1000, 'Je bericht');

/**
 * "Vraag contact aan" on a candidate card: a short message goes to the person's adviser (or the
 * person). The employer sees only the status, never who it is.
 */
export function AskContact({
  vacancyId,
  candidateId,
  number,
  status,
}: {
  vacancyId: string;
  candidateId: string;
  number: number;
  status: ContactRequestStatus | null;
}) {
  const { t } = useI18n();
  const id = useId();
  const announce = useAnnounce();
  const [result, ask] = useMutation(AskMutation);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<{ text: string; lang?: string } | null>(null);
  const [sent, setSent] = useState<ContactRequestStatus | null>(status);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // The button that opened the form is gone: the keyboard continues in the message field.
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  if (sent)
    return (
      <p className="badge badge--info" data-testid="contact-status">
        {t.act.contact.requested(t.act.contact.statuses[sent])}
      </p>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = messageSchema.safeParse(message);
    if (!checked.success) {
      setError({ text: checked.error.issues[0]?.message ?? '', lang: 'nl' });
      return;
    }
    const response = await ask({ vacancyId, candidateId, message: checked.data });
    if (response.error) {
      const field = fieldProblems(response.error)[0];
      const general = errorMessage(response.error, { network: t.site.networkError, unknown: t.site.unknownError });
      setError(
        field ? { text: field.message, lang: 'nl' } : { text: general.text, lang: general.fromApi ? 'nl' : undefined },
      );
      return;
    }
    setSent(response.data?.requestCandidateContact.status ?? 'OPEN');
    announce(t.act.contact.sent);
  };

  if (!open)
    return (
      <button ref={opener} type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t.act.contact.ask}
        <span className="visually-hidden">: {t.employer.candidate(number)}</span>
      </button>
    );

  return (
    <form className="form--compact" onSubmit={submit} noValidate aria-labelledby={`${id}-kop`}>
      <h3 id={`${id}-kop`}>{t.act.contact.askHeading(number)}</h3>
      <p className="hint">{t.act.contact.askIntro}</p>
      <FormField
        id={`${id}-bericht`}
        label={t.act.contact.askMessage}
        hint={t.act.contact.askMessageHint}
        error={error?.text}
      >
        <textarea
          ref={field}
          id={`${id}-bericht`}
          className="input"
          rows={3}
          maxLength={1000}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-bericht`, true, error?.text)}
        />
      </FormField>
      <p className="button-row">
        <button type="submit" className="button" disabled={result.fetching}>
          {t.act.contact.send}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
            setError(null);
            window.setTimeout(() => opener.current?.focus(), 0);
          }}
        >
          {t.act.contact.cancel}
        </button>
      </p>
    </form>
  );
}
