import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { MatchList } from '../../components/match-list.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { CareerPaths } from './career-paths.tsx';
import { MyLists } from './my-lists.tsx';
import { SaveToList } from './save-to-list.tsx';

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
      <p>
        <Link to="/mijn/profiel" className="button button--secondary">
          {profile ? t.profile.edit : t.profile.create}
        </Link>
      </p>
      <div className="mine-layout">
        <section aria-labelledby="matches-heading" className="mine-layout__main">
          <h2 id="matches-heading">{t.mine.matchesHeading}</h2>
          {profile ? (
            <>
              <p>{t.mine.matchesIntro}</p>
              <MatchList
                profileId={profile.id}
                profileLink="/mijn/profiel"
                action={(m) => <SaveToList profileId={profile.id} vacancyId={m.vacancyId} title={m.title} />}
              />
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
        </section>
      </div>
    </>
  );
}
