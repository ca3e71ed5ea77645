import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { roleHome } from '../../auth/role-home.ts';
import { useViewer } from '../../auth/use-viewer.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { SignInForm } from './sign-in-form.tsx';

export function SignInPage() {
  const { t } = useI18n();
  const [viewerResult, reexecute] = useViewer();
  useDocumentTitle(t.signIn.title);

  let content: ReactNode;
  if (viewerResult.error) {
    content = <ErrorNotice error={viewerResult.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (viewerResult.fetching && !viewerResult.data) {
    content = <Loading />;
  } else if (viewerResult.data?.viewer) {
    const { name, role } = viewerResult.data.viewer;
    content = (
      <p>
        {t.signIn.alreadySignedIn(name)} <Link to={roleHome[role]}>{t.signIn.toMyPage}</Link>
      </p>
    );
  } else {
    content = (
      <>
        <p className="lead">{t.signIn.intro}</p>
        <SignInForm />
        <p className="account-links">
          <Link to="/account/wachtwoord-vergeten">{t.act.account.forgot}</Link>
          <br />
          {t.act.account.noAccount} <Link to="/account/registreren">{t.act.account.makeAccount}</Link>
        </p>
      </>
    );
  }

  return (
    <div className="narrow">
      <PageHeading>{t.signIn.title}</PageHeading>
      {content}
    </div>
  );
}
