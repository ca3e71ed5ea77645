import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { formatEuro } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/language-context.tsx';

export const QuickPathsFragment = graphql(`
  fragment QuickPaths_Paths on CareerPaths {
    paths {
      similarity
      openVacancies
      totalWeeks
      totalCost
      occupation {
        uri
        labelNl
        labelEn
      }
      courses {
        course {
          id
        }
      }
    }
  }
`);

/**
 * Occupations the visitor could grow into, in short: why, how many vacancies, and what the courses
 * would take. The full story (missing skills, each course) is on My Werkbrug, with an account.
 */
export function QuickPaths({ paths: ref }: { paths: FragmentType<typeof QuickPathsFragment> }) {
  const { lang, t } = useI18n();
  const { paths } = getFragmentData(QuickPathsFragment, ref);
  if (!paths.length) return <p>{t.paths.none}</p>;

  return (
    <ul className="path-list" data-testid="quick-paths">
      {paths.map((path) => {
        const label = lang === 'en' ? path.occupation.labelEn : path.occupation.labelNl;
        return (
          <li key={path.occupation.uri} className="path">
            <h3 className="path__title" lang={lang}>
              {label}
            </h3>
            <p>{t.paths.why(Math.round(path.similarity * 100), path.openVacancies)}</p>
            <p>{t.start.pathCourses(path.courses.length, path.totalWeeks, formatEuro(lang, path.totalCost))}</p>
            <p>
              <Link to={`/zoeken?q=${encodeURIComponent(path.occupation.labelNl)}`}>{t.start.pathSearch(label)}</Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
