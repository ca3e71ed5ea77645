import { type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { CaseloadSearch } from './caseload-search.tsx';
import { ContactRequests } from '../contact/contact-requests.tsx';

const ListsQuery = graphql(`
  query AdviserPage_Lists {
    myShortlists {
      id
      name
      sharedWithJobseeker
      sharedByPerson
      profile {
        id
        alias
      }
      items {
        id
      }
    }
  }
`);

/** The werkadviseur's home: the people they guide and the lists they made. */
export function AdviserPage() {
  const { t } = useI18n();
  useDocumentTitle(t.adviser.title);
  return (
    <div>
      <PageHeading>{t.adviser.title}</PageHeading>
      <RoleGate role="ADVISER">{(viewer) => <Overview name={viewer.name} />}</RoleGate>
    </div>
  );
}

function Overview({ name }: { name: string }) {
  const { t } = useI18n();
  const context = useMemo(() => ({ additionalTypenames: ['Shortlist'] }), []);
  const [result, reexecute] = useQuery({ query: ListsQuery, context });

  let lists: ReactNode;
  if (result.error)
    lists = <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!result.data) lists = <Loading />;
  else if (result.data.myShortlists.length === 0) lists = <p>{t.adviser.noLists}</p>;
  else
    lists = (
      <ul className="plain-cards" data-testid="adviser-lists">
        {result.data.myShortlists.map((list) =>
          !list.sharedByPerson ? (
            <li key={list.id} className="list-box">
              <Link to={`/adviseur/lijsten/${encodeURIComponent(list.id)}`}>{t.adviser.withdrawnList}</Link>
              <p className="muted">{t.adviser.withdrawnNote}</p>
            </li>
          ) : (
            <li key={list.id} className="list-box">
              <Link to={`/adviseur/lijsten/${encodeURIComponent(list.id)}`} lang="nl">
                {list.name}
              </Link>
              <p className="muted">
                {list.profile && <span lang="nl">{t.adviser.listFor(list.profile.alias)} · </span>}
                {t.adviser.itemsCount(list.items.length)} ·{' '}
                {list.sharedWithJobseeker ? t.adviser.shared : t.adviser.notShared}
              </p>
            </li>
          ),
        )}
      </ul>
    );

  return (
    <>
      <p className="lead">{t.roles.welcome(name)}</p>
      <div className="mine-layout">
        <section aria-labelledby="caseload-heading" className="mine-layout__main">
          <h2 id="caseload-heading">{t.adviser.caseloadHeading}</h2>
          <CaseloadSearch />
        </section>
        <section aria-labelledby="adviser-lists-heading" className="mine-layout__side">
          <h2 id="adviser-lists-heading">{t.adviser.listsHeading}</h2>
          {lists}
          <ContactRequests showEmpty />
        </section>
      </div>
    </>
  );
}
