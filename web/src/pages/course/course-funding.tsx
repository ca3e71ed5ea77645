import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';

export const CourseFundingFragment = graphql(`
  fragment CourseFunding_Course on Course {
    price
    priceNote
    funding {
      key
      nameNl
      nameEn
      descriptionNl
      descriptionEn
      kind
      isLoan
      certain
      uncertainNote
      situations
      caps {
        perPlacePerYear
      }
    }
  }
`);

/**
 * Who may pay for the course: the schemes as the data says them, for whom, a loan as a loan, money for the
 * employer as such, and "check bij je werkadviseur" wherever a rule is uncertain. The engine works out what a
 * particular person pays (their matches and career paths); this page cannot know their situation.
 */
export function CourseFunding({ course: ref }: { course: FragmentType<typeof CourseFundingFragment> }) {
  const { lang, t } = useI18n();
  const course = getFragmentData(CourseFundingFragment, ref);
  return (
    <section>
      <h2>{t.course.funding}</h2>
      {course.priceNote && (
        <p>
          <span className="visually-hidden">{t.routes.priceNote}: </span>
          <span lang="nl">{course.priceNote}</span>
        </p>
      )}
      {course.funding.length === 0 ? (
        <p>{t.routes.noFunding}</p>
      ) : (
        <>
          <p>{t.routes.fundingIntro}</p>
          <ul className="funding-list">
            {course.funding.map((f) => (
              <li key={f.key} data-testid="funding">
                <strong lang={lang}>{lang === 'en' ? f.nameEn : f.nameNl}</strong>
                <span lang={lang}> {lang === 'en' ? f.descriptionEn : f.descriptionNl}</span>
                {f.isLoan && <span className="funding-list__note"> {t.routes.fundingLoan}</span>}
                {f.caps.perPlacePerYear !== null && (
                  <span className="funding-list__note"> {t.routes.fundingEmployer}</span>
                )}
                {!f.certain && (
                  <span className="funding-list__note">
                    {' '}
                    <strong>{t.routes.checkAdviser}</strong>
                    {f.uncertainNote && <span lang="nl"> {f.uncertainNote}</span>}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
