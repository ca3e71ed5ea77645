import { useMemo } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import type { AlertFrequency } from '../../gql/graphql.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';

const AlertsQuery = graphql(`
  query AlertsPage_Searches {
    mySavedSearches {
      id
      name
      kind
      query
      frequency
      lastAlertAt
      nextAlertAt
    }
  }
`);

const FrequencyMutation = graphql(`
  mutation AlertsPage_Frequency($id: ID!, $frequency: AlertFrequency!) {
    setSavedSearchFrequency(id: $id, frequency: $frequency) {
      id
      frequency
      nextAlertAt
    }
  }
`);

const DeleteMutation = graphql(`
  mutation AlertsPage_Delete($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`);

/** "Mijn meldingen": the saved searches, how often each mails, and a way to stop each. */
export function AlertsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.act.alerts.title);
  return (
    <div className="page-wide">
      <PageHeading>{t.act.alerts.title}</PageHeading>
      <RoleGate role="JOBSEEKER">{() => <AlertList />}</RoleGate>
    </div>
  );
}

function AlertList() {
  const { t, lang } = useI18n();
  const announce = useAnnounce();
  const context = useMemo(() => ({ additionalTypenames: ['SavedSearch'] }), []);
  const [result, reexecute] = useQuery({ query: AlertsQuery, context });
  const [, setFrequency] = useMutation(FrequencyMutation);
  const [, remove] = useMutation(DeleteMutation);
  const time = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const hour = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeStyle: 'short' }).format(new Date(iso));

  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (result.fetching && !result.data) return <Loading />;
  const searches = result.data?.mySavedSearches ?? [];

  return (
    <>
      <p className="lead">{t.act.alerts.intro}</p>
      {searches[0] && <p>{t.act.alerts.schedule(hour(searches[0].nextAlertAt))}</p>}
      {searches.length === 0 ? (
        <p>{t.act.alerts.none}</p>
      ) : (
        <ul className="alert-list" data-testid="saved-searches">
          {searches.map((s) => (
            <li key={s.id} className="list-box">
              <h2 className="list-box__title">
                <span lang="nl">{s.name}</span>
              </h2>
              <p className="muted">
                {t.act.alerts.kind[s.kind]} ·{' '}
                {s.lastAlertAt ? t.act.alerts.lastSent(time(s.lastAlertAt)) : t.act.alerts.never}
              </p>
              {s.kind === 'SEARCH' && (
                <p>
                  <Link to={`/zoeken?${s.query}`}>{t.act.alerts.open}</Link>
                </p>
              )}
              <label htmlFor={`hoe-vaak-${s.id}`}>{t.act.alerts.frequency}</label>{' '}
              <select
                id={`hoe-vaak-${s.id}`}
                className="input input--inline"
                value={s.frequency}
                onChange={async (e) => {
                  const response = await setFrequency({ id: s.id, frequency: e.target.value as AlertFrequency });
                  announce(response.error ? t.site.unknownError : t.act.alerts.frequencySaved(s.name));
                }}
              >
                <option value="DAILY">{t.act.alerts.frequencies.DAILY}</option>
                <option value="WEEKLY">{t.act.alerts.frequencies.WEEKLY}</option>
              </select>{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={async () => {
                  const response = await remove({ id: s.id }, context);
                  announce(response.error ? t.site.unknownError : t.act.alerts.removed(s.name));
                  // The item is gone: keep the keyboard on the page, at its heading.
                  if (!response.error) document.querySelector<HTMLElement>('h1')?.focus();
                }}
              >
                {t.act.alerts.stop}
                <span className="visually-hidden">
                  : <span lang="nl">{s.name}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
