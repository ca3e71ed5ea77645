import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { roleHome } from '../../auth/role-home.ts';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.tsx';
import type { FieldMessage } from '../../components/text-field.tsx';
import { graphql } from '../../gql/index.ts';
import { errorMessage, fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { checkPasswords, PasswordFields } from './password-fields.tsx';
import { useLinkToken } from './use-link-token.ts';

const ResetMutation = graphql(`
  mutation NewPasswordPage_Reset($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      user {
        id
        name
        role
      }
    }
  }
`);

const AcceptMutation = graphql(`
  mutation NewPasswordPage_Accept($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      user {
        id
        name
        role
      }
    }
  }
`);

type Problems = { password?: FieldMessage; repeat?: FieldMessage; form?: FieldMessage };

/**
 * Choosing a password from a mail link: a new one after "forgot password", or the first one after an
 * adviser's invitation. Either way the person is signed in afterwards and lands on their page.
 */
export function NewPasswordPage({ mode }: { mode: 'reset' | 'invite' }) {
  const { t } = useI18n();
  const texts =
    mode === 'reset'
      ? { title: t.act.account.resetTitle, intro: t.act.account.resetIntro, submit: t.act.account.resetSubmit }
      : { title: t.act.account.inviteTitle, intro: t.act.account.inviteIntro, submit: t.act.account.inviteSubmit };
  useDocumentTitle(texts.title);
  const token = useLinkToken();
  const navigate = useNavigate();
  const [resetResult, reset] = useMutation(ResetMutation);
  const [acceptResult, accept] = useMutation(AcceptMutation);
  const [passwords, setPasswords] = useState({ password: '', repeat: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const local = checkPasswords(passwords, t.act.account.passwordMismatch);
    setProblems(local);
    if (local.password || local.repeat || !token) return;
    const variables = { token, password: passwords.password };
    const response = mode === 'reset' ? await reset(variables) : await accept(variables);
    if (response.error) {
      const byField = new Map(fieldProblems(response.error).map((p) => [p.path, { text: p.message, lang: 'nl' }]));
      const general = errorMessage(response.error, { network: t.site.networkError, unknown: t.site.unknownError });
      setProblems({
        password: byField.get('password'),
        // A used or old link is the one expected failure: said in the chosen language.
        form: byField.has('token')
          ? { text: t.act.account.linkBroken }
          : byField.size
            ? undefined
            : { text: general.text, lang: general.fromApi ? 'nl' : undefined },
      });
      setAttempt((n) => n + 1);
      return;
    }
    const data = response.data;
    const role = data && ('resetPassword' in data ? data.resetPassword.user.role : data.acceptInvitation.user.role);
    if (role) navigate(roleHome[role], { replace: true });
  };

  const summary: SummaryItem[] = [
    ...(problems.form ? [problems.form] : []),
    ...(problems.password ? [{ ...problems.password, fieldId: 'nieuw-wachtwoord' }] : []),
    ...(problems.repeat ? [{ ...problems.repeat, fieldId: 'nieuw-herhaal' }] : []),
  ];
  const busy = resetResult.fetching || acceptResult.fetching;

  return (
    <div className="narrow">
      <PageHeading>{texts.title}</PageHeading>
      {!token ? (
        <p className="notice notice--error">{t.act.account.noToken}</p>
      ) : (
        <>
          <p className="lead">{texts.intro}</p>
          <form className="form" onSubmit={submit} noValidate>
            <ErrorSummary title={t.act.account.summaryTitle} items={summary} attempt={attempt} />
            <PasswordFields idPrefix="nieuw" value={passwords} onChange={setPasswords} errors={problems} />
            <button type="submit" className="button" disabled={busy}>
              {texts.submit}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
