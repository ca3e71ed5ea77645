import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { CareerPaths } from './career-paths.tsx';
import { MyLists } from './my-lists.tsx';
import { MatchBrowser } from './match-browser.tsx';
import { SaveSearchForm } from '../alerts/save-search-form.tsx';
import { ContactRequests } from '../contact/contact-requests.tsx';

const ProfileQuery = graphql(`
  query MinePage_Profile {
    myProfile {
      id
      alias
    }
  }
`);

/** The jobseeker's home: vacancies that fit, and their lists. */
export function MinePage() {
  const { t } = useI18n();
  useDocumentTitle(t.mine.title);
  return (
    <div className="page-wide">
      <PageHeading>{t.mine.title}</PageHeading>
      <RoleGate role="JOBSEEKER">{(viewer) => <MineContent name={viewer.name} />}</RoleGate>
    </div>
  );
}

function MineContent({ name }: { name: string }) {
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: ProfileQuery });

  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (result.fetching || !result.data) return <Loading />;
  const profile = result.data.myProfile;

  return (
    <>
      <p className="lead">{t.roles.welcome(name)}</p>
      <p className="button-row">
        <Link to="/mijn/profiel" className="button button--secondary">
          {profile ? t.profile.edit : t.profile.create}
        </Link>{' '}
        <Link to="/mijn/meldingen" className="button button--secondary">
          {t.act.alerts.title}
        </Link>{' '}
        <Link to="/mijn/gegevens" className="button button--secondary">
          {t.act.data.title}
        </Link>
      </p>
      <div className="mine-layout">
        <section aria-labelledby="matches-heading" className="mine-layout__main">
          <h2 id="matches-heading">{t.mine.matchesHeading}</h2>
          {profile ? (
            <>
              <p>{t.mine.matchesIntro}</p>
              <MatchBrowser profileId={profile.id} />
              <SaveSearchForm kind="MATCHES" query="" defaultName={t.act.alerts.matchesName} />
            </>
          ) : (
            <p>{t.mine.noProfile}</p>
          )}
          {profile && (
            <section aria-labelledby="paths-heading">
              <h2 id="paths-heading">{t.paths.heading}</h2>
              <p>{t.paths.intro}</p>
              <CareerPaths profileId={profile.id} />
            </section>
          )}
        </section>
        <section aria-labelledby="lists-heading" className="mine-layout__side">
          <h2 id="lists-heading">{t.mine.listsHeading}</h2>
          <p>{t.mine.listsIntro}</p>
          <MyLists />
          <ContactRequests />
        </section>
      </div>
    </>
  );
}
