import { memo } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { formatDate, formatEuro, formatNumber } from '../../i18n/format.ts';
import { levelLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useResultLink } from './use-result-link.ts';

export const CourseHitFragment = graphql(`
  fragment CourseCard_Hit on CourseHit {
    distanceKm
    node {
      id
      title
      providerName
      mode
      nlqfLevel
      price
      durationWeeks
      hoursPerWeek
      startDates
      location {
        place
      }
      kindNameNl
      kindNameEn
      jobGuarantee
      funding {
        key
        nameNl
        nameEn
        isLoan
      }
    }
  }
`);

interface CourseCardProps {
  hit: FragmentType<typeof CourseHitFragment>;
  focusOnMount?: boolean;
}

/** Memoised: while someone types, the old results stay on screen unchanged until new ones arrive. */
export const CourseCard = memo(function CourseCard({ hit: hitRef, focusOnMount = false }: CourseCardProps) {
  const { lang, t } = useI18n();
  const { distanceKm, node: course } = getFragmentData(CourseHitFragment, hitRef);
  const link = useResultLink(course.id, focusOnMount);
  // Dates are YYYY-MM-DD, so text order is date order.
  const nextStart = [...course.startDates].sort()[0];

  return (
    <li className="card">
      <h3 className="card__title">
        <Link
          to={`/opleidingen/${encodeURIComponent(course.id)}`}
          className="card__link"
          lang="nl"
          data-result-id={course.id}
          {...link}
        >
          {course.title}
        </Link>
      </h3>
      <p className="card__meta">
        <span lang="nl">{course.providerName}</span>
        <span aria-hidden="true"> · </span>
        <span>{course.location ? course.location.place : t.course.online}</span>
      </p>
      <dl className="card__facts">
        {distanceKm !== null && distanceKm !== undefined && (
          <div>
            <dt className="visually-hidden">{t.vacancy.distanceLabel}</dt>
            <dd>{t.vacancy.distance(formatNumber(lang, distanceKm, 1))}</dd>
          </div>
        )}
        <div>
          <dt className="visually-hidden">{t.course.mode}</dt>
          <dd>{t.labels.courseMode[course.mode]}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.course.duration}</dt>
          <dd>{t.course.durationValue(course.durationWeeks, course.hoursPerWeek)}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.course.level}</dt>
          <dd>{levelLabel(t, course.nlqfLevel)}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.course.price}</dt>
          <dd>{course.price === 0 ? t.course.priceValue(0) : formatEuro(lang, course.price)}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.course.starts}</dt>
          <dd>{nextStart ? t.course.nextStart(formatDate(lang, nextStart)) : t.course.noStart}</dd>
        </div>
      </dl>
      <p className="card__badges">
        <span className="badge" lang={lang}>
          {lang === 'en' ? course.kindNameEn : course.kindNameNl}
        </span>
        {course.jobGuarantee && <span className="badge badge--info">{t.routes.jobGuarantee}</span>}
        {course.funding
          .filter((f) => !f.isLoan)
          .map((f) => (
            <span key={f.key} className="badge badge--funding" lang={lang}>
              {lang === 'en' ? f.nameEn : f.nameNl}
            </span>
          ))}
      </p>
    </li>
  );
});
