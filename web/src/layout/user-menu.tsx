import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { roleHome } from '../auth/role-home.ts';
import { useViewer } from '../auth/use-viewer.ts';
import { graphql } from '../gql/index.ts';
import { useI18n } from '../i18n/language-context.tsx';
import { useAnnounce } from './announcer.tsx';

const SignOutMutation = graphql(`
  mutation UserMenu_SignOut {
    signOut
  }
`);

/** Menu items for the visitor: sign in, or who is signed in with their page and "sign out". */
export function UserMenu() {
  const { t } = useI18n();
  const [viewerResult] = useViewer();
  const [signOutResult, signOut] = useMutation(SignOutMutation);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const announce = useAnnounce();

  if (viewerResult.fetching && !viewerResult.data) return null;

  const viewer = viewerResult.error ? null : viewerResult.data?.viewer;
  if (!viewer) {
    return (
      <li>
        <Link to="/inloggen" aria-current={pathname === '/inloggen' ? 'page' : undefined}>
          {t.site.signIn}
        </Link>
      </li>
    );
  }

  const home = roleHome[viewer.role];
  const onSignOut = async () => {
    // signOut returns a plain Boolean: naming User makes urql refetch the viewer.
    const result = await signOut({}, { additionalTypenames: ['User'] });
    if (result.error) {
      announce(t.site.unknownError);
      return;
    }
    navigate('/zoeken');
    announce(t.site.signedOut);
  };

  return (
    <>
      <li>
        <Link to={home} aria-current={pathname === home ? 'page' : undefined}>
          {t.site.myPage}
        </Link>
      </li>
      <li className="site-nav__user">
        <span className="site-nav__who" data-testid="signed-in-as">
          {t.site.signedInAs} <strong>{viewer.name}</strong>
        </span>
        <button
          type="button"
          className="button button--small button--on-dark"
          onClick={onSignOut}
          disabled={signOutResult.fetching}
        >
          {t.site.signOut}
        </button>
      </li>
    </>
  );
}
