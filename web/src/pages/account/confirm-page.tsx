import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { roleHome } from '../../auth/role-home.ts';
import { graphql } from '../../gql/index.ts';
import type { Role } from '../../gql/graphql.ts';
import { errorMessage, fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { useLinkToken } from './use-link-token.ts';

const ConfirmMutation = graphql(`
  mutation ConfirmPage_Confirm($token: String!) {
    confirmEmail(token: $token) {
      user {
        id
        name
        role
      }
    }
  }
`);

/** Opening the link from the confirmation mail: confirms the address once, and signs the person in. */
export function ConfirmPage() {
  const { t } = useI18n();
  useDocumentTitle(t.act.account.confirmTitle);
  const token = useLinkToken();
  const [, confirm] = useMutation(ConfirmMutation);
  const [outcome, setOutcome] = useState<{ role: Role } | { error: string; lang?: string } | null>(null);
  // A link works once: the effect must not send it twice (React runs effects twice in development).
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    void confirm({ token }).then((response) => {
      if (response.data) setOutcome({ role: response.data.confirmEmail.user.role });
      else if (response.error) {
        // A used or old link is the one expected failure: said in the chosen language.
        if (fieldProblems(response.error).some((p) => p.path === 'token')) {
          setOutcome({ error: t.act.account.linkBroken });
          return;
        }
        const message = errorMessage(response.error, { network: t.site.networkError, unknown: t.site.unknownError });
        setOutcome({ error: message.text, lang: message.fromApi ? 'nl' : undefined });
      }
    });
  }, [token, confirm, t]);

  return (
    <div className="narrow">
      <PageHeading>{t.act.account.confirmTitle}</PageHeading>
      {!token ? (
        <p className="notice notice--error">{t.act.account.noToken}</p>
      ) : !outcome ? (
        <p role="status">{t.act.account.confirming}</p>
      ) : 'role' in outcome ? (
        <div className="notice" role="status" data-testid="confirmed">
          <p>{t.act.account.confirmed}</p>
          <p>
            <Link to={roleHome[outcome.role]}>{t.act.account.toMine}</Link>
          </p>
        </div>
      ) : (
        <div className="notice notice--error" role="alert">
          <p lang={outcome.lang}>{outcome.error}</p>
          <p>
            <Link to="/account/registreren">{t.act.account.makeAccount}</Link> ·{' '}
            <Link to="/account/wachtwoord-vergeten">{t.act.account.forgot}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
