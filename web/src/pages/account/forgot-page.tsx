import { email as emailSchema } from '@werkbrug/shared/schemas/user';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField, type FieldMessage } from '../../components/text-field.tsx';
import { graphql } from '../../gql/index.ts';
import { errorMessage } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';

const ForgotMutation = graphql(`
  mutation ForgotPage_Request($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a link to choose a new password; the answer never says whether the address has an account. */
export function ForgotPage() {
  const { t } = useI18n();
  useDocumentTitle(t.act.account.forgotTitle);
  const [result, request] = useMutation(ForgotMutation);
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<FieldMessage | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const checked = emailSchema.safeParse(email);
    if (!checked.success) {
      setProblem({ text: email.trim() ? t.signIn.emailInvalid : t.signIn.emailMissing });
      return;
    }
    setProblem(undefined);
    const response = await request({ email: checked.data });
    if (response.error) {
      const message = errorMessage(response.error, { network: t.site.networkError, unknown: t.site.unknownError });
      setProblem({ text: message.text, lang: message.fromApi ? 'nl' : undefined });
      setAttempt((n) => n + 1);
      return;
    }
    setSentTo(checked.data);
  };

  return (
    <div className="narrow">
      <PageHeading>{t.act.account.forgotTitle}</PageHeading>
      {sentTo ? (
        <p className="notice" role="status" data-testid="reset-sent">
          {t.act.account.forgotSent(sentTo)}
        </p>
      ) : (
        <>
          <p className="lead">{t.act.account.forgotIntro}</p>
          <form className="form" onSubmit={submit} noValidate>
            <ErrorSummary
              title={t.act.account.summaryTitle}
              items={problem ? [{ ...problem, fieldId: 'vergeten-email' }] : []}
              attempt={attempt}
            />
            <TextField
              id="vergeten-email"
              label={t.act.account.email}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={problem}
            />
            <button type="submit" className="button" disabled={result.fetching}>
              {t.act.account.sendLink}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
