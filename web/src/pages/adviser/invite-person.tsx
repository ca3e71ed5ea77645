import { email as emailSchema } from '@werkbrug/shared/schemas/user';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { TextField, type FieldMessage } from '../../components/text-field.tsx';
import { graphql } from '../../gql/index.ts';
import { errorMessage, fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';

const InviteMutation = graphql(`
  mutation InvitePerson_Invite($profileId: ID!, $email: String!) {
    invitePerson(profileId: $profileId, email: $email)
  }
`);

/** The adviser invites the person to an account of their own, linked to this profile and this adviser. */
export function InvitePerson({ profileId }: { profileId: string }) {
  const { t } = useI18n();
  const [result, invite] = useMutation(InviteMutation);
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<FieldMessage | undefined>();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = emailSchema.safeParse(email);
    if (!checked.success) {
      setProblem({ text: email.trim() ? t.signIn.emailInvalid : t.signIn.emailMissing });
      return;
    }
    const response = await invite({ profileId, email: checked.data });
    if (response.error) {
      const field = fieldProblems(response.error)[0];
      const general = errorMessage(response.error, { network: t.site.networkError, unknown: t.site.unknownError });
      setProblem(
        field ? { text: field.message, lang: 'nl' } : { text: general.text, lang: general.fromApi ? 'nl' : undefined },
      );
      return;
    }
    setProblem(undefined);
    setSentTo(checked.data);
  };

  return (
    <section aria-labelledby="uitnodigen-kop" className="form--compact">
      <h3 id="uitnodigen-kop">{t.act.person.inviteHeading}</h3>
      {sentTo ? (
        <p role="status" data-testid="invited">
          {t.act.person.invited(sentTo)}
        </p>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="hint">{t.act.person.inviteIntro}</p>
          <TextField
            id="uitnodigen-email"
            label={t.act.person.inviteEmail}
            type="email"
            value={email}
            onChange={setEmail}
            error={problem}
            autoComplete="off"
          />
          <button type="submit" className="button button--secondary" disabled={result.fetching}>
            {t.act.person.invite}
          </button>
        </form>
      )}
    </section>
  );
}
