import { email as emailSchema } from '@werkbrug/shared/schemas/user';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { roleHome, safeReturnPath } from '../../auth/role-home.ts';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.tsx';
import { TextField, type FieldMessage } from '../../components/text-field.tsx';
import { graphql } from '../../gql/index.ts';
import { errorCode, errorMessage, fieldProblems } from '../../graphql/errors.ts';
import { ResendConfirmation } from '../account/resend-confirmation.tsx';
import { useI18n } from '../../i18n/language-context.tsx';

const SignInMutation = graphql(`
  mutation SignInForm_SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      user {
        id
        name
        role
      }
    }
  }
`);

type Problems = { email?: FieldMessage; password?: FieldMessage; form?: FieldMessage };

/**
 * Email and password. Mistakes the browser can see are reported before sending; what the API says
 * (wrong password, how long to wait) is shown as it comes, in the interface language. After signing in each role goes to its own page.
 */
export function SignInForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [result, signIn] = useMutation(SignInMutation);
  const [emailValue, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const [unconfirmed, setUnconfirmed] = useState<string | null>(null);

  const checkLocally = (): Problems => {
    const found: Problems = {};
    if (!emailValue.trim()) found.email = { text: t.signIn.emailMissing };
    else if (!emailSchema.safeParse(emailValue).success) found.email = { text: t.signIn.emailInvalid };
    if (!password) found.password = { text: t.signIn.passwordMissing };
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const local = checkLocally();
    setProblems(local);
    if (local.email || local.password) return;

    const response = await signIn({ email: emailValue.trim(), password });
    setUnconfirmed(errorCode(response.error) === 'EMAIL_NOT_CONFIRMED' ? emailValue.trim() : null);
    if (response.error) {
      // The API answers in the interface language (the client sends it), so its messages need no lang of their own.
      const byField = new Map(fieldProblems(response.error).map((p) => [p.path, { text: p.message }]));
      const general = errorMessage(response.error, {
        network: t.site.networkError,
        unknown: t.site.unknownError,
        byCode: t.apiErrors,
      });
      setProblems({
        email: byField.get('email'),
        password: byField.get('password'),
        form: byField.size ? undefined : { text: general.text },
      });
      setAttempt((n) => n + 1);
      return;
    }
    const role = response.data?.signIn.user.role;
    if (role) navigate(safeReturnPath(params.get('terug')) ?? roleHome[role], { replace: true });
  };

  const summary: SummaryItem[] = [
    ...(problems.form ? [problems.form] : []),
    ...(problems.email ? [{ ...problems.email, fieldId: 'inloggen-email' }] : []),
    ...(problems.password ? [{ ...problems.password, fieldId: 'inloggen-wachtwoord' }] : []),
  ];

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary title={t.signIn.summaryTitle} items={summary} attempt={attempt} />
      <TextField
        id="inloggen-email"
        label={t.signIn.email}
        type="email"
        autoComplete="username"
        value={emailValue}
        onChange={setEmail}
        error={problems.email}
      />
      <TextField
        id="inloggen-wachtwoord"
        label={t.signIn.password}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={problems.password}
      />
      <button type="submit" className="button" disabled={result.fetching}>
        {result.fetching ? t.signIn.busy : t.signIn.submit}
      </button>
      {unconfirmed && <ResendConfirmation email={unconfirmed} />}
    </form>
  );
}
