import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';

export const VacancyApplyFragment = graphql(`
  fragment VacancyApply_Vacancy on Vacancy {
    title
    status
    application {
      url
      email
      phone
      contactName
    }
  }
`);

/** How to apply: a link to the employer's page, an e-mail address, a phone number, and who to ask. */
export function VacancyApply({ vacancy: ref }: { vacancy: FragmentType<typeof VacancyApplyFragment> }) {
  const { t } = useI18n();
  const v = getFragmentData(VacancyApplyFragment, ref);
  if (v.status === 'CLOSED') return null;
  const apply = v.application;
  return (
    <section className="act" aria-labelledby="solliciteren-titel" data-testid="apply">
      <h2 id="solliciteren-titel">{t.routes.applyHeading}</h2>
      {!apply ? (
        <p>{t.routes.applyUnknown}</p>
      ) : (
        <>
          <p>{t.routes.applyIntro}</p>
          <ul className="act__ways">
            {apply.url && (
              <li>
                <a href={apply.url} className="button" rel="noopener noreferrer" target="_blank">
                  {t.routes.applyWeb}
                  <span className="visually-hidden" lang="nl">
                    : {v.title}
                  </span>
                </a>
              </li>
            )}
            {apply.email && (
              <li>
                {t.routes.applyEmail} <a href={`mailto:${apply.email}`}>{apply.email}</a>
              </li>
            )}
            {apply.phone && (
              <li>
                {t.routes.applyPhone} <a href={`tel:${apply.phone.replace(/[^+\d]/g, '')}`}>{apply.phone}</a>
              </li>
            )}
          </ul>
          {apply.contactName && <p lang="nl">{t.routes.applyContact(apply.contactName)}</p>}
        </>
      )}
    </section>
  );
}
