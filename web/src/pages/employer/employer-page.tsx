import { type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { CloseVacancy } from './close-vacancy.tsx';

const VacanciesQuery = graphql(`
  query EmployerPage_Vacancies {
    myVacancies(first: 100) {
      totalCount
      items {
        id
        title
        status
        validThrough
        location {
          place
        }
      }
    }
  }
`);

/** The employer's home: their vacancies, open and closed, with what they can do with each. */
export function EmployerPage() {
  const { t } = useI18n();
  useDocumentTitle(t.employer.title);
  return (
    <div>
      <PageHeading>{t.employer.title}</PageHeading>
      <RoleGate role="EMPLOYER">{(viewer) => <Vacancies name={viewer.name} />}</RoleGate>
    </div>
  );
}

function Vacancies({ name }: { name: string }) {
  const { lang, t } = useI18n();
  const context = useMemo(() => ({ additionalTypenames: ['Vacancy'] }), []);
  const [result, reexecute] = useQuery({ query: VacanciesQuery, context });

  let body: ReactNode;
  if (result.error)
    body = <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!result.data) body = <Loading />;
  else {
    const items = result.data.myVacancies.items;
    const groups = [
      {
        key: 'open',
        heading: t.employer.open,
        empty: t.employer.noOpen,
        items: items.filter((v) => v.status === 'OPEN'),
      },
      {
        key: 'closed',
        heading: t.employer.closed,
        empty: t.employer.noClosed,
        items: items.filter((v) => v.status !== 'OPEN'),
      },
    ];
    body = groups.map((group) => (
      <section key={group.key} aria-labelledby={`vacatures-${group.key}`}>
        <h2 id={`vacatures-${group.key}`} tabIndex={-1}>
          {group.heading} ({group.items.length})
        </h2>
        {group.items.length === 0 ? (
          <p>{group.empty}</p>
        ) : (
          <ul className="plain-cards" data-testid={`vacancies-${group.key}`}>
            {group.items.map((v) => (
              <li key={v.id} className="person-card employer-vacancy">
                <h3 className="match__title">
                  <Link to={`/vacatures/${encodeURIComponent(v.id)}`} lang="nl">
                    {v.title}
                  </Link>
                </h3>
                <p className="card__meta">
                  {v.location.place} · {t.employer.validThroughShort(formatDate(lang, v.validThrough))}
                </p>
                {v.status === 'OPEN' && (
                  <div className="button-row">
                    <Link to={`/werkgever/vacatures/${encodeURIComponent(v.id)}`} className="button button--small">
                      {t.employer.candidates}
                      <span className="visually-hidden">
                        : <span lang="nl">{v.title}</span>
                      </span>
                    </Link>
                    <Link
                      to={`/werkgever/vacatures/${encodeURIComponent(v.id)}/bewerken`}
                      className="button button--secondary button--small"
                    >
                      {t.act.employer.edit}
                      <span className="visually-hidden">
                        : <span lang="nl">{v.title}</span>
                      </span>
                    </Link>
                    <CloseVacancy id={v.id} title={v.title} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    ));
  }

  return (
    <>
      <p className="lead">{t.roles.welcome(name)}</p>
      <p>
        <Link to="/werkgever/nieuw" className="button">
          {t.employer.postNew}
        </Link>
      </p>
      {body}
    </>
  );
}
