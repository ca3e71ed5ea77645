import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorNotice } from '../components/error-notice.tsx';
import { Loading } from '../components/loading.tsx';
import type { Role } from '../gql/graphql.ts';
import { useI18n } from '../i18n/language-context.tsx';
import { roleHome } from './role-home.ts';
import { useViewer } from './use-viewer.ts';

export interface GateViewer {
  id: string;
  name: string;
  role: Role;
}

/**
 * Shows its children only to a signed-in user of one role. The API checks every request itself;
 * this only keeps people from landing on a page that is not theirs, and tells them why.
 */
export function RoleGate({ role, children }: { role: Role; children: (viewer: GateViewer) => ReactNode }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [viewerResult, reexecute] = useViewer();

  if (viewerResult.error)
    return <ErrorNotice error={viewerResult.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (viewerResult.fetching && !viewerResult.data) return <Loading />;
  const viewer = viewerResult.data?.viewer;
  if (!viewer) {
    return (
      <p>
        {t.roles.needSignIn} <Link to={`/inloggen?terug=${encodeURIComponent(pathname)}`}>{t.site.signIn}</Link>
      </p>
    );
  }
  if (viewer.role !== role) {
    return (
      <p>
        {t.roles.wrongRole(t.roles.name[role], t.roles.name[viewer.role])}{' '}
        <Link to={roleHome[viewer.role]}>{t.signIn.toMyPage}</Link>
      </p>
    );
  }
  return <>{children(viewer)}</>;
}
