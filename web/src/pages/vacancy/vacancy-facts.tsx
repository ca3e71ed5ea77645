import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { formatDate } from '../../i18n/format.ts';
import { levelLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/language-context.tsx';

export const VacancyFactsFragment = graphql(`
  fragment VacancyFacts_Vacancy on Vacancy {
    employerName
    hoursMin
    hoursMax
    contractType
    nlqfLevel
    garantiebaan
    postedAt
    validThrough
    salary {
      min
      max
      period
      caoScale
    }
    location {
      address
      postcode
      place
      municipality
    }
    occupation {
      labelNl
      labelEn
      isco08
    }
  }
`);

/** The facts people compare jobs on, as a description list. */
export function VacancyFacts({ vacancy: ref }: { vacancy: FragmentType<typeof VacancyFactsFragment> }) {
  const { lang, t } = useI18n();
  const v = getFragmentData(VacancyFactsFragment, ref);
  const address = [v.location.address, `${v.location.postcode} ${v.location.place}`].filter(Boolean).join(', ');
  const municipality = v.location.municipality !== v.location.place ? ` (${v.location.municipality})` : '';

  return (
    <section className="facts" aria-labelledby="feiten-titel">
      <h2 id="feiten-titel">{t.vacancy.facts}</h2>
      <dl className="facts__list">
        <dt>{t.vacancy.employer}</dt>
        <dd lang="nl">{v.employerName}</dd>
        <dt>{t.vacancy.place}</dt>
        <dd>{address + municipality}</dd>
        <dt>{t.vacancy.hoursLabel}</dt>
        <dd>{t.vacancy.hours(v.hoursMin, v.hoursMax)}</dd>
        <dt>{t.vacancy.contract}</dt>
        <dd>{t.labels.contractType[v.contractType]}</dd>
        <dt>{t.vacancy.level}</dt>
        <dd>{levelLabel(t, v.nlqfLevel)}</dd>
        <dt>{t.vacancy.salary}</dt>
        <dd>
          {v.salary ? t.vacancy.salaryRange(v.salary.min, v.salary.max, v.salary.period) : t.vacancy.salaryUnknown}
          {v.salary?.caoScale && (
            <span className="facts__extra" lang="nl">
              {v.salary.caoScale}
            </span>
          )}
        </dd>
        {v.occupation && (
          <>
            <dt>{t.vacancy.occupation}</dt>
            <dd lang={lang}>{lang === 'en' ? v.occupation.labelEn : v.occupation.labelNl}</dd>
          </>
        )}
        <dt>{t.vacancy.garantiebaan}</dt>
        <dd>{v.garantiebaan ? t.site.yes : t.site.no}</dd>
        <dt>{t.vacancy.posted}</dt>
        <dd>{formatDate(lang, v.postedAt)}</dd>
        <dt>{t.vacancy.validThrough}</dt>
        <dd>{formatDate(lang, v.validThrough)}</dd>
      </dl>
    </section>
  );
}
