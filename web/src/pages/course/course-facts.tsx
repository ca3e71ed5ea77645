import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { levelLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/language-context.tsx';

export const CourseFactsFragment = graphql(`
  fragment CourseFacts_Course on Course {
    providerName
    providerKind
    kindNameNl
    kindNameEn
    crebo
    places
    employerName
    jobGuarantee
    mode
    nlqfLevel
    price
    durationWeeks
    hoursPerWeek
    startDates
    location {
      address
      postcode
      place
    }
  }
`);

const shownStarts = 6;

/** The facts people compare courses on, as a description list. */
export function CourseFacts({ course: ref }: { course: FragmentType<typeof CourseFactsFragment> }) {
  const { lang, t } = useI18n();
  const c = getFragmentData(CourseFactsFragment, ref);
  const place = c.location
    ? [c.location.address, `${c.location.postcode} ${c.location.place}`].filter(Boolean).join(', ')
    : t.course.online;
  // YYYY-MM-DD sorts as text in date order. A course that starts every month lists two years of starts: the first
  // few say enough.
  const starts = [...c.startDates].sort();
  const shown = starts.slice(0, shownStarts);

  return (
    <section className="facts" aria-labelledby="feiten-titel">
      <h2 id="feiten-titel">{t.course.facts}</h2>
      <dl className="facts__list">
        <dt>{t.course.provider}</dt>
        <dd>
          <span lang="nl">{c.providerName}</span>
          {/* An unknown kind is left out rather than shown as a code. */}
          {t.labels.providerKind[c.providerKind] && (
            <span className="facts__extra">{t.labels.providerKind[c.providerKind]}</span>
          )}
        </dd>
        <dt>{t.routes.kind}</dt>
        <dd lang={lang}>{lang === 'en' ? c.kindNameEn : c.kindNameNl}</dd>
        {c.employerName && (
          <>
            <dt>{t.routes.employer}</dt>
            <dd>
              <span>{t.routes.employerValue(c.employerName)}</span>
              {c.jobGuarantee && <span className="facts__extra">{t.routes.jobGuarantee}</span>}
            </dd>
          </>
        )}
        <dt>{t.course.place}</dt>
        <dd>{place}</dd>
        <dt>{t.course.mode}</dt>
        <dd>{t.labels.courseMode[c.mode]}</dd>
        <dt>{t.course.level}</dt>
        <dd>{levelLabel(t, c.nlqfLevel)}</dd>
        <dt>{t.course.duration}</dt>
        <dd>{t.course.durationValue(c.durationWeeks, c.hoursPerWeek)}</dd>
        <dt>{t.course.price}</dt>
        <dd>{t.course.priceValue(c.price)}</dd>
        {c.places !== null && (
          <>
            <dt>{t.routes.places}</dt>
            <dd>{t.routes.placesValue(c.places)}</dd>
          </>
        )}
        {c.crebo && (
          <>
            <dt>{t.routes.crebo}</dt>
            <dd>{c.crebo}</dd>
          </>
        )}
        <dt>{t.course.starts}</dt>
        <dd>
          {starts.length ? (
            <ul className="plain-list">
              {shown.map((date) => (
                <li key={date}>{formatDate(lang, date)}</li>
              ))}
              {starts.length > shown.length && <li>{t.routes.moreStarts(starts.length - shown.length)}</li>}
            </ul>
          ) : (
            t.course.noStart
          )}
        </dd>
      </dl>
    </section>
  );
}
