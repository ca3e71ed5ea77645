import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql/index.ts';
import { errorMessage } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { useLinkToken } from '../account/use-link-token.ts';

const UnsubscribeMutation = graphql(`
  mutation UnsubscribePage_Unsubscribe($token: String!) {
    unsubscribeAlert(token: $token) {
      name
    }
  }
`);

/**
 * The unsubscribe link of an alert mail, without signing in. It asks for one click first: mail
 * programs and virus scanners open links by themselves, and that must not stop anyone's alerts.
 */
export function UnsubscribePage() {
  const { t } = useI18n();
  useDocumentTitle(t.act.alerts.unsubscribeTitle);
  const token = useLinkToken();
  const [result, unsubscribe] = useMutation(UnsubscribeMutation);
  const [done, setDone] = useState<{ name: string | null } | null>(null);
  const [error, setError] = useState<{ text: string; lang?: string } | null>(null);

  const stop = async () => {
    if (!token) return;
    const response = await unsubscribe({ token });
    if (response.data) setDone(response.data.unsubscribeAlert);
    else if (response.error) {
      const message = errorMessage(response.error, { network: t.site.networkError, unknown: t.site.unknownError });
      setError({ text: message.text, lang: message.fromApi ? 'nl' : undefined });
    }
  };

  return (
    <div className="narrow">
      <PageHeading>{t.act.alerts.unsubscribeTitle}</PageHeading>
      {!token ? (
        <p className="notice notice--error">{t.act.account.noToken}</p>
      ) : done ? (
        <p className="notice" role="status" data-testid="unsubscribed">
          {done.name ? t.act.alerts.unsubscribed(done.name) : t.act.alerts.alreadyUnsubscribed}
        </p>
      ) : (
        <>
          <p>{t.act.alerts.unsubscribeIntro}</p>
          {error && (
            <p className="notice notice--error" role="alert" lang={error.lang}>
              {error.text}
            </p>
          )}
          <button type="button" className="button" onClick={stop} disabled={result.fetching}>
            {t.act.alerts.unsubscribe}
          </button>
        </>
      )}
    </div>
  );
}
