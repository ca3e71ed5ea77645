import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { DetailError } from '../../components/detail-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { MatchList } from '../../components/match-list.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { AddToList } from './add-to-list.tsx';
import { NewListForm } from './new-list-form.tsx';
import { PersonSummary } from './person-summary.tsx';
import { VacancyFinder } from './vacancy-finder.tsx';
import { CourseFinder } from './course-finder.tsx';
import { InvitePerson } from './invite-person.tsx';
import { PersonDetails } from './person-details.tsx';

const PersonQuery = graphql(`
  query PersonPage_Person($id: ID!) {
    profile(id: $id) {
      id
      alias
      shortCode
      postcode
      hasAccount
      ...PersonSummary_Profile
      ...PersonDetails_Profile
    }
    myShortlists {
      id
      name
      sharedWithJobseeker
      profile {
        id
      }
      items {
        id
      }
    }
  }
`);

/** One person in the caseload: who they are, their lists, and vacancies to put on them. */
export function PersonPage() {
  return <RoleGate role="ADVISER">{() => <Person />}</RoleGate>;
}

function Person() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const context = useMemo(() => ({ additionalTypenames: ['Shortlist'] }), []);
  const [result, reexecute] = useQuery({ query: PersonQuery, variables: { id }, context });
  const [showMatches, setShowMatches] = useState(false);
  const [showCourses, setShowCourses] = useState(false);
  useDocumentTitle(result.data?.profile.alias ?? null);

  if (result.error)
    return (
      <DetailError
        error={result.error}
        notFoundTitle={t.adviser.personNotFound}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!result.data) return <Loading />;
  const { profile, myShortlists } = result.data;
  const lists = myShortlists.filter((l) => l.profile?.id === profile.id);

  return (
    <>
      <p>
        <Link to="/adviseur" className="back-link">
          {t.adviser.backToCaseload}
        </Link>
      </p>
      <PageHeading>
        <span lang="nl">{profile.alias}</span>
      </PageHeading>
      <p className="muted">
        {t.adviser.postcode} {profile.postcode} · {t.act.caseload.code}{' '}
        <span className="person-code">{profile.shortCode}</span>
      </p>
      <div className="mine-layout">
        <div className="mine-layout__main">
          <section aria-labelledby="person-matches">
            <h2 id="person-matches">{t.adviser.matchesHeading}</h2>
            {showMatches ? (
              <MatchList
                profileId={profile.id}
                full
                action={(m) => <AddToList lists={lists} vacancyId={m.vacancyId} title={m.title} />}
              />
            ) : (
              <button type="button" className="button" onClick={() => setShowMatches(true)}>
                {t.adviser.runMatches}
              </button>
            )}
          </section>
          <section aria-labelledby="person-search">
            <h2 id="person-search">{t.adviser.searchHeading}</h2>
            <VacancyFinder lists={lists} />
          </section>
          <section aria-labelledby="person-courses">
            <h2 id="person-courses">{t.act.person.coursesHeading}</h2>
            {showCourses ? (
              <CourseFinder profileId={profile.id} lists={lists} />
            ) : (
              <button type="button" className="button" onClick={() => setShowCourses(true)}>
                {t.act.person.runCourses}
              </button>
            )}
          </section>
        </div>
        <div className="mine-layout__side">
          <section aria-labelledby="person-profile" className="facts">
            <h2 id="person-profile">{t.adviser.profileHeading}</h2>
            <PersonSummary profile={profile} />
            <PersonDetails profile={profile} />
            {profile.hasAccount ? <p>{t.act.person.hasAccount}</p> : <InvitePerson profileId={profile.id} />}
          </section>
          <section aria-labelledby="person-lists">
            <h2 id="person-lists">{t.adviser.personListsHeading}</h2>
            {lists.length > 0 && (
              <ul className="plain-cards" data-testid="person-lists">
                {lists.map((l) => (
                  <li key={l.id} className="list-box">
                    <Link to={`/adviseur/lijsten/${encodeURIComponent(l.id)}`} lang="nl">
                      {l.name}
                    </Link>
                    <p className="muted">
                      {t.adviser.itemsCount(l.items.length)} ·{' '}
                      {l.sharedWithJobseeker ? t.adviser.shared : t.adviser.notShared}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            <NewListForm profileId={profile.id} />
          </section>
        </div>
      </div>
    </>
  );
}
