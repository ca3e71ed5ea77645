import { memo } from 'react';
import { Link } from 'react-router';
import { OutlookBadge } from '../../components/outlook-badge.tsx';
import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';
import { useResultLink } from './use-result-link.ts';

export const VacancyHitFragment = graphql(`
  fragment VacancyCard_Hit on VacancyHit {
    distanceKm
    node {
      id
      title
      employerName
      hoursMin
      hoursMax
      nlqfLevel
      contractType
      garantiebaan
      location {
        place
      }
      sector {
        outlook
      }
    }
  }
`);

interface VacancyCardProps {
  hit: FragmentType<typeof VacancyHitFragment>;
  focusOnMount?: boolean;
}

/** Memoised: while someone types, the old results stay on screen unchanged until new ones arrive. */
export const VacancyCard = memo(function VacancyCard({ hit: hitRef, focusOnMount = false }: VacancyCardProps) {
  const { lang, t } = useI18n();
  const { distanceKm, node: vacancy } = getFragmentData(VacancyHitFragment, hitRef);
  const link = useResultLink(vacancy.id, focusOnMount);

  return (
    <li className="card">
      <h3 className="card__title">
        <Link
          to={`/vacatures/${encodeURIComponent(vacancy.id)}`}
          className="card__link"
          lang="nl"
          data-result-id={vacancy.id}
          {...link}
        >
          {vacancy.title}
        </Link>
      </h3>
      <p className="card__meta">
        <span lang="nl">{vacancy.employerName}</span>
        <span aria-hidden="true"> · </span>
        <span>{vacancy.location.place}</span>
      </p>
      <dl className="card__facts">
        {distanceKm !== null && distanceKm !== undefined && (
          <div>
            <dt className="visually-hidden">{t.vacancy.distanceLabel}</dt>
            <dd>{t.vacancy.distance(formatNumber(lang, distanceKm, 1))}</dd>
          </div>
        )}
        <div>
          <dt className="visually-hidden">{t.vacancy.hoursLabel}</dt>
          <dd>{t.vacancy.hours(vacancy.hoursMin, vacancy.hoursMax)}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.vacancy.level}</dt>
          <dd>{levelLabel(t, vacancy.nlqfLevel)}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t.vacancy.contract}</dt>
          <dd>{t.labels.contractType[vacancy.contractType]}</dd>
        </div>
      </dl>
      <p className="card__badges">
        <OutlookBadge outlook={vacancy.sector.outlook} />
        {vacancy.garantiebaan && <span className="badge badge--info">{t.vacancy.garantiebaan}</span>}
      </p>
    </li>
  );
});
