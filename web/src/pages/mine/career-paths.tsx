import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AdviceNotice } from '../../components/advice-notice.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { errorCode } from '../../graphql/errors.ts';
import { formatDate, formatEuro } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/language-context.tsx';

const PathsQuery = graphql(`
  query CareerPaths_Paths($profileId: ID!) {
    careerPaths(profileId: $profileId, first: 3) {
      notice
      paths {
        similarity
        openVacancies
        occupation {
          uri
          labelNl
          labelEn
        }
        missingSkills {
          uri
          labelNl
          labelEn
        }
        openToYouNow
        courses {
          opensVacancies
          costAfterFunding
          durationWeeks
          startDate
          course {
            id
            title
          }
        }
        route {
          kind
          readyBy
          checkWithAdviser
        }
        totalWeeks
        totalCost
        vacancies {
          score
          rank
          fit
          label
          vacancy {
            id
            title
            employerName
            location {
              place
            }
          }
        }
      }
    }
  }
`);

/** How many missing skills to name before "and N more": the full list can run to dozens. */
const shownSkills = 6;

/**
 * Occupations the person could move to, why, what they would need to learn, which courses help, and
 * the vacancies near them: the same matches (with the same fit and score) as in their match list.
 */
export function CareerPaths({ profileId }: { profileId: string }) {
  const { lang, t } = useI18n();
  const [result, reexecute] = useQuery({ query: PathsQuery, variables: { profileId } });

  if (result.error) {
    if (errorCode(result.error) === 'SERVICE_DISABLED')
      return (
        <p className="notice notice--warning" lang="nl">
          {result.error.graphQLErrors[0]?.message}
        </p>
      );
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const { paths } = result.data.careerPaths;
  if (!paths.length) return <p>{t.paths.none}</p>;
  const euro = (n: number) => formatEuro(lang, n);

  return (
    <ul className="match-list" data-testid="career-paths">
      {paths.map((path) => {
        const label = lang === 'en' ? path.occupation.labelEn : path.occupation.labelNl;
        const rest = path.missingSkills.length - shownSkills;
        return (
          <li key={path.occupation.uri} className="match">
            <div className="match__top">
              <h3 className="match__title" lang={lang}>
                {label}
              </h3>
              <AdviceNotice />
            </div>
            <p className="match__summary">{t.paths.why(Math.round(path.similarity * 100), path.openVacancies)}</p>
            {path.openToYouNow > 0 && <p>{t.routes.openNow(path.openToYouNow)}</p>}
            <h4>{t.paths.missing}</h4>
            <p lang={lang}>
              {path.missingSkills
                .slice(0, shownSkills)
                .map((s) => (lang === 'en' ? s.labelEn : s.labelNl))
                .join(', ')}
              {rest > 0 && ` ${t.paths.more(rest)}`}
            </p>
            <h4>{t.paths.courses}</h4>
            {path.courses.length === 0 ? (
              <p>{t.paths.noCourses}</p>
            ) : (
              <>
                <ol className="bridge__courses">
                  {path.courses.map((c) => (
                    <li key={c.course.id}>
                      <Link to={`/opleidingen/${encodeURIComponent(c.course.id)}`} lang="nl">
                        {c.course.title}
                      </Link>
                      : {t.paths.course(c.durationWeeks, euro(c.costAfterFunding))},{' '}
                      {t.course.nextStart(formatDate(lang, c.startDate)).toLowerCase()};{' '}
                      {t.paths.opens(c.opensVacancies)}
                    </li>
                  ))}
                </ol>
                <p>
                  {t.paths.total(path.totalWeeks, euro(path.totalCost))}{' '}
                  {path.route && t.routes.bridgeReady(formatDate(lang, path.route.readyBy))}
                </p>
                {path.route?.checkWithAdviser && <p className="notice">{t.routes.checkAdviser}</p>}
              </>
            )}
            {path.vacancies.length > 0 && (
              <>
                <h4>{t.advice.pathVacancies}</h4>
                <ul className="bridge__courses" data-testid="path-vacancies">
                  {path.vacancies.map((m) => (
                    <li key={m.vacancy.id}>
                      <Link to={`/vacatures/${encodeURIComponent(m.vacancy.id)}`} lang="nl">
                        {m.vacancy.title}
                      </Link>{' '}
                      <span className="muted" lang="nl">
                        ({m.vacancy.employerName}, {m.vacancy.location.place})
                      </span>
                      : {t.advice.pathVacancy(t.advice.fit[m.fit] ?? '', Math.round(m.rank))}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
