import { shortText } from '@werkbrug/shared/schemas/common';
import { email as emailSchema } from '@werkbrug/shared/schemas/user';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.tsx';
import { TextField, type FieldMessage } from '../../components/text-field.tsx';
import { graphql } from '../../gql/index.ts';
import { errorMessage, fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { checkPasswords, PasswordFields } from './password-fields.tsx';

const RegisterMutation = graphql(`
  mutation RegisterPage_Register($name: String!, $email: String!, $password: String!) {
    register(name: $name, email: $email, password: $password)
  }
`);

const nameSchema = shortText(1, 100, 'Je naam');
type Problems = {
  name?: FieldMessage;
  email?: FieldMessage;
  password?: FieldMessage;
  repeat?: FieldMessage;
  form?: FieldMessage;
};

/** Self-registration: name, e-mail, password; then "check your mail" (the link confirms the account). */
export function RegisterPage() {
  const { t } = useI18n();
  useDocumentTitle(t.act.account.registerTitle);
  const [result, register] = useMutation(RegisterMutation);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [passwords, setPasswords] = useState({ password: '', repeat: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const local: Problems = { ...checkPasswords(passwords, t.act.account.passwordMismatch) };
    const nameCheck = nameSchema.safeParse(name);
    if (!nameCheck.success) local.name = { text: nameCheck.error.issues[0]?.message ?? '', lang: 'nl' };
    const emailCheck = emailSchema.safeParse(email);
    if (!emailCheck.success) local.email = { text: t.signIn.emailInvalid };
    setProblems(local);
    if (Object.keys(local).length) return;
    const response = await register({
      name: name.trim(),
      email: emailCheck.data ?? email,
      password: passwords.password,
    });
    if (response.error) {
      const byField = new Map(fieldProblems(response.error).map((p) => [p.path, { text: p.message, lang: 'nl' }]));
      const general = errorMessage(response.error, { network: t.site.networkError, unknown: t.site.unknownError });
      setProblems({
        name: byField.get('name'),
        email: byField.get('email'),
        password: byField.get('password'),
        form: byField.size ? undefined : { text: general.text, lang: general.fromApi ? 'nl' : undefined },
      });
      setAttempt((n) => n + 1);
      return;
    }
    setSentTo(emailCheck.data ?? email);
  };

  const summary: SummaryItem[] = [
    ...(problems.form ? [problems.form] : []),
    ...(problems.name ? [{ ...problems.name, fieldId: 'registreren-naam' }] : []),
    ...(problems.email ? [{ ...problems.email, fieldId: 'registreren-email' }] : []),
    ...(problems.password ? [{ ...problems.password, fieldId: 'registreren-wachtwoord' }] : []),
    ...(problems.repeat ? [{ ...problems.repeat, fieldId: 'registreren-herhaal' }] : []),
  ];

  return (
    <div className="narrow">
      <PageHeading>{t.act.account.registerTitle}</PageHeading>
      {sentTo ? (
        <div className="notice" role="status" data-testid="register-done">
          <p>{t.act.account.checkMail(sentTo)}</p>
        </div>
      ) : (
        <>
          <p className="lead">{t.act.account.registerIntro}</p>
          <form className="form" onSubmit={submit} noValidate>
            <ErrorSummary title={t.act.account.summaryTitle} items={summary} attempt={attempt} />
            <TextField
              id="registreren-naam"
              label={t.act.account.name}
              value={name}
              onChange={setName}
              autoComplete="given-name"
              error={problems.name}
            />
            <TextField
              id="registreren-email"
              label={t.act.account.email}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={problems.email}
            />
            <PasswordFields idPrefix="registreren" value={passwords} onChange={setPasswords} errors={problems} />
            <button type="submit" className="button" disabled={result.fetching}>
              {result.fetching ? t.act.account.registering : t.act.account.register}
            </button>
          </form>
          <p>
            {t.act.account.haveAccount} <Link to="/inloggen">{t.site.signIn}</Link>
          </p>
        </>
      )}
    </div>
  );
}
