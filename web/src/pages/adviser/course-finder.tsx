import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { formatEuro } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { AddToList, type ListChoice } from './add-to-list.tsx';

const CoursesQuery = graphql(`
  query CourseFinder_Courses($profileId: ID!) {
    matchCourses(profileId: $profileId, first: 8) {
      courses {
        durationWeeks
        costAfterFunding
        opensVacancies
        course {
          id
          title
          providerName
        }
      }
    }
  }
`);

/** Courses that close the person's gaps, each with "Op een lijst zetten": courses belong on lists too. */
export function CourseFinder({ profileId, lists }: { profileId: string; lists: readonly ListChoice[] }) {
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: CoursesQuery, variables: { profileId } });
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const { courses } = result.data.matchCourses;
  if (!courses.length) return <p>{t.act.person.noCourses}</p>;
  return (
    <>
      <p className="notice">{t.mine.adviceNotice}</p>
      <ul className="plain-cards" data-testid="course-results">
        {courses.map((m) => (
          <li key={m.course.id} className="list-box">
            <h3 className="match__title">
              <Link to={`/opleidingen/${encodeURIComponent(m.course.id)}`} lang="nl">
                {m.course.title}
              </Link>
            </h3>
            <p className="card__meta">
              <span lang="nl">{m.course.providerName}</span> ·{' '}
              {t.paths.course(m.durationWeeks, formatEuro(lang, m.costAfterFunding))} ·{' '}
              {t.paths.opens(m.opensVacancies)}
            </p>
            <AddToList lists={lists} vacancyId={m.course.id} title={m.course.title} kind="COURSE" />
          </li>
        ))}
      </ul>
    </>
  );
}
