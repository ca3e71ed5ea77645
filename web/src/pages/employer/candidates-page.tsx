import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { AdviceNotice } from '../../components/advice-notice.tsx';
import { DetailError } from '../../components/detail-error.tsx';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { errorCode } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { AskContact } from './ask-contact.tsx';

const VacancyQuery = graphql(`
  query CandidatesPage_Vacancy($id: ID!) {
    vacancy(id: $id) {
      id
      title
      status
    }
  }
`);

const CandidatesQuery = graphql(`
  query CandidatesPage_Candidates($id: ID!) {
    matchProfiles(vacancyId: $id, first: 20) {
      hiddenCount
      candidates {
        candidateId
        contactRequest {
          status
        }
        score
        nlqfLevel
        hoursMin
        hoursMax
        skills {
          uri
          labelNl
          labelEn
        }
        explanation {
          summary
          summaryEn
        }
      }
    }
  }
`);

/** People who fit one of the employer's vacancies: cards without names, and a count of the rest. */
export function CandidatesPage() {
  return <RoleGate role="EMPLOYER">{() => <Candidates />}</RoleGate>;
}

function Candidates() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [vacancy, reexecute] = useQuery({ query: VacancyQuery, variables: { id } });
  const title = vacancy.data?.vacancy.title;
  useDocumentTitle(title ? t.employer.candidatesTitle(title) : null);

  if (vacancy.error)
    return (
      <DetailError
        error={vacancy.error}
        notFoundTitle={t.employer.notFound}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  if (!vacancy.data) return <Loading />;
  return (
    <>
      <p>
        <Link to="/werkgever" className="back-link">
          {t.employer.cancel}
        </Link>
      </p>
      <PageHeading>
        {t.employer.candidatesTitle('')}
        <span lang="nl">{vacancy.data.vacancy.title}</span>
      </PageHeading>
      <p className="lead">{t.employer.candidatesIntro}</p>
      {vacancy.data.vacancy.status === 'OPEN' ? <CandidateList id={id} /> : <p>{t.employer.isClosed}</p>}
    </>
  );
}

function CandidateList({ id }: { id: string }) {
  const { lang, t } = useI18n();
  const [result, reexecute] = useQuery({ query: CandidatesQuery, variables: { id } });

  if (result.error) {
    if (errorCode(result.error) === 'SERVICE_DISABLED') {
      return (
        <div className="notice notice--warning" role="status">
          <p lang="nl">{result.error.graphQLErrors[0]?.message}</p>
        </div>
      );
    }
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const { candidates, hiddenCount } = result.data.matchProfiles;

  return (
    <>
      <p className="notice">{t.site.advice}</p>
      {hiddenCount > 0 && (
        <p data-testid="hidden-count">
          <strong>{t.employer.hiddenCount(hiddenCount)}</strong>
        </p>
      )}
      {candidates.length === 0 && <p>{t.employer.noCandidates}</p>}
      <ul className="plain-cards" data-testid="candidates">
        {candidates.map((c, index) => (
          <li key={c.candidateId} className="match" aria-labelledby={`kandidaat-${index}`}>
            <div className="match__top">
              <h2 className="match__title" id={`kandidaat-${index}`}>
                {t.employer.candidate(index + 1)}
              </h2>
              <div className="match__score">
                <p className="score">
                  <span className="score__label">{t.mine.score}</span>
                  <span className="score__value">{t.mine.scoreOutOf(Math.round(c.score))}</span>
                </p>
                <AdviceNotice />
              </div>
            </div>
            <p className="match__summary" lang={lang}>
              {lang === 'en' ? c.explanation.summaryEn : c.explanation.summary}
            </p>
            <p>
              {levelLabel(t, c.nlqfLevel)} · {t.vacancy.hours(c.hoursMin, c.hoursMax)}
            </p>
            <details className="disclosure">
              <summary>
                {t.employer.candidateSkills} ({c.skills.length})
              </summary>
              <ul className="skill-list" lang={lang}>
                {c.skills.map((s) => (
                  <li key={s.uri}>{lang === 'en' ? s.labelEn : s.labelNl}</li>
                ))}
              </ul>
            </details>
            <AskContact
              vacancyId={id}
              candidateId={c.candidateId}
              number={index + 1}
              status={c.contactRequest?.status ?? null}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
