import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { roleHome } from '../../auth/role-home.ts';
import { useViewer } from '../../auth/use-viewer.ts';
import { AdviceNotice } from '../../components/advice-notice.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import type { Role } from '../../gql/graphql.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';

/** Roles whose pages will show scores, and so the advice notice. */
const scoredRoles: readonly Role[] = ['JOBSEEKER', 'ADVISER'];

/**
 * The home of one role after signing in. For now it says what will come here; the API checks every
 * request itself, this page only keeps people from landing on a page that is not theirs.
 */
export function RolePage({ role }: { role: Role }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [viewerResult, reexecute] = useViewer();
  useDocumentTitle(t.roles.title[role]);

  let content: ReactNode;
  if (viewerResult.error) {
    content = <ErrorNotice error={viewerResult.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (viewerResult.fetching && !viewerResult.data) {
    content = <Loading />;
  } else if (!viewerResult.data?.viewer) {
    content = (
      <p>
        {t.roles.needSignIn} <Link to={`/inloggen?terug=${encodeURIComponent(pathname)}`}>{t.site.signIn}</Link>
      </p>
    );
  } else if (viewerResult.data.viewer.role !== role) {
    const own = viewerResult.data.viewer.role;
    content = (
      <p>
        {t.roles.wrongRole(t.roles.name[role], t.roles.name[own])} <Link to={roleHome[own]}>{t.signIn.toMyPage}</Link>
      </p>
    );
  } else {
    content = (
      <>
        <p className="lead">{t.roles.welcome(viewerResult.data.viewer.name)}</p>
        <h2>{t.roles.comingIntro}</h2>
        <ul className="coming-list">
          {t.roles.coming[role].map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        {scoredRoles.includes(role) && (
          <>
            <p>{t.roles.adviceIntro}</p>
            <AdviceNotice />
          </>
        )}
      </>
    );
  }

  return (
    <div className="narrow">
      <PageHeading>{t.roles.title[role]}</PageHeading>
      {content}
    </div>
  );
}
