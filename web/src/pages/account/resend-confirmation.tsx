import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';

const ResendMutation = graphql(`
  mutation ResendConfirmation_Resend($email: String!) {
    resendConfirmation(email: $email)
  }
`);

/** Shown when signing in fails because the address was never confirmed: one button for a new mail. */
export function ResendConfirmation({ email }: { email: string }) {
  const { t } = useI18n();
  const [result, resend] = useMutation(ResendMutation);
  const [done, setDone] = useState(false);
  return (
    <div className="notice notice--warning">
      <p>{t.act.account.notConfirmed}</p>
      {done ? (
        <p role="status">{t.act.account.resent}</p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={result.fetching}
          onClick={async () => {
            const response = await resend({ email });
            if (!response.error) setDone(true);
          }}
        >
          {t.act.account.resend}
        </button>
      )}
    </div>
  );
}
