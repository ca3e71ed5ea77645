import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { BackToSearch } from '../../components/back-to-search.tsx';
import { DetailError } from '../../components/detail-error.tsx';
import { Loading } from '../../components/loading.tsx';
import { OutlookBadge } from '../../components/outlook-badge.tsx';
import { SkillList } from '../../components/skill-list.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { SectorOutlook } from './sector-outlook.tsx';
import { VacancyFacts } from './vacancy-facts.tsx';
import { VacancyApply } from './vacancy-apply.tsx';
import { JobPostingScript } from './job-posting-script.tsx';

const VacancyQuery = graphql(`
  query VacancyPage_Vacancy($id: ID!) {
    vacancy(id: $id) {
      id
      title
      description
      employerName
      status
      demo
      garantiebaan
      trainingOffered
      location {
        place
      }
      sector {
        outlook
        ...SectorOutlook_Sector
      }
      essentialSkills {
        ...SkillList_Skill
      }
      optionalSkills {
        ...SkillList_Skill
      }
      jobPosting
      ...VacancyFacts_Vacancy
      ...VacancyApply_Vacancy
    }
  }
`);

export function VacancyPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const [result, reexecute] = useQuery({ query: VacancyQuery, variables: { id } });
  const vacancy = result.data?.vacancy;
  useDocumentTitle(vacancy ? vacancy.title : null);

  let content: ReactNode;
  if (result.error) {
    content = (
      <DetailError
        error={result.error}
        notFoundTitle={t.vacancy.notFoundTitle}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  } else if (result.fetching || !vacancy) {
    content = <Loading />;
  } else {
    content = (
      <article className="detail">
        <JobPostingScript json={vacancy.jobPosting} />
        <header className="detail__header">
          <PageHeading>
            <span lang="nl">{vacancy.title}</span>
          </PageHeading>
          <p className="detail__meta">
            <span lang="nl">{vacancy.employerName}</span>
            <span aria-hidden="true"> · </span>
            {vacancy.location.place}
          </p>
          <p className="card__badges">
            <OutlookBadge outlook={vacancy.sector.outlook} />
            {vacancy.garantiebaan && <span className="badge badge--info">{t.vacancy.garantiebaan}</span>}
          </p>
        </header>
        {vacancy.status === 'CLOSED' && <p className="notice notice--warning">{t.vacancy.closed}</p>}
        {vacancy.demo && <p className="notice">{t.vacancy.demoNotice}</p>}
        <div className="detail__layout">
          <div className="detail__facts">
            <VacancyFacts vacancy={vacancy} />
            <VacancyApply vacancy={vacancy} />
          </div>
          <div className="detail__main">
            <section>
              <h2>{t.vacancy.description}</h2>
              <p className="prose" lang="nl">
                {vacancy.description}
              </p>
            </section>
            <section>
              <h2>{t.vacancy.essentialSkills}</h2>
              <p>{t.vacancy.essentialSkillsIntro}</p>
              <SkillList skills={vacancy.essentialSkills} />
            </section>
            {vacancy.optionalSkills.length > 0 && (
              <section>
                <h2>{t.vacancy.optionalSkills}</h2>
                <SkillList skills={vacancy.optionalSkills} />
              </section>
            )}
            <section>
              <h2>{t.vacancy.training}</h2>
              {vacancy.trainingOffered ? <p lang="nl">{vacancy.trainingOffered}</p> : <p>{t.vacancy.noTraining}</p>}
            </section>
            <section>
              <h2>{t.vacancy.garantiebaan}</h2>
              <p>{vacancy.garantiebaan ? t.vacancy.garantiebaanYes : t.vacancy.garantiebaanNo}</p>
            </section>
          </div>
          <div className="detail__more">
            <SectorOutlook sector={vacancy.sector} />
          </div>
        </div>
      </article>
    );
  }

  return (
    <>
      <BackToSearch />
      {content}
    </>
  );
}
