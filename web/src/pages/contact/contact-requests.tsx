import { useMemo } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';

const RequestsQuery = graphql(`
  query ContactRequests_Mine {
    myContactRequests {
      id
      message
      status
      createdAt
      employerContact
      vacancy {
        id
        title
        employerName
      }
      person {
        id
        alias
        shortCode
      }
    }
  }
`);

const AnswerMutation = graphql(`
  mutation ContactRequests_Answer($id: ID!, $accept: Boolean!) {
    answerContactRequest(id: $id, accept: $accept) {
      id
      status
    }
  }
`);

/**
 * Employers' requests to get in touch: an adviser sees them for the people they guide, a person
 * without an adviser sees their own. Saying yes tells the employer; getting in touch is up to them.
 */
export function ContactRequests({ showEmpty = false }: { showEmpty?: boolean }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const context = useMemo(() => ({ additionalTypenames: ['ContactRequest'] }), []);
  const [result, reexecute] = useQuery({ query: RequestsQuery, context });
  const [answering, answer] = useMutation(AnswerMutation);

  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const requests = result.data?.myContactRequests ?? [];
  if (!requests.length && !showEmpty) return null;

  return (
    <section aria-labelledby="contactverzoeken-kop" id="contactverzoeken" className="contact-requests">
      <h2 id="contactverzoeken-kop">{t.act.contact.heading}</h2>
      {requests.length === 0 ? (
        <p>{t.act.contact.none}</p>
      ) : (
        <ul className="lists" data-testid="contact-requests">
          {requests.map((r) => (
            <li key={r.id} className="list-box">
              <h3 className="list-box__title">
                {r.vacancy ? (
                  <Link to={`/vacatures/${encodeURIComponent(r.vacancy.id)}`} lang="nl">
                    {r.vacancy.title}
                  </Link>
                ) : (
                  t.mine.itemGone
                )}
              </h3>
              <p className="muted">
                <span lang="nl">{r.vacancy?.employerName}</span> ·{' '}
                {r.person ? (
                  <Link to={`/adviseur/personen/${encodeURIComponent(r.person.id)}`}>
                    {t.act.contact.about(`${r.person.alias} (${r.person.shortCode})`)}
                  </Link>
                ) : (
                  t.act.contact.aboutYou
                )}
              </p>
              <p>
                {t.act.contact.message}: <span lang="nl">{r.message}</span>
              </p>
              <p>
                {t.act.contact.employerContact}: <a href={`mailto:${r.employerContact}`}>{r.employerContact}</a>
              </p>
              {r.status === 'OPEN' ? (
                <p className="button-row">
                  {([true, false] as const).map((accept) => (
                    <button
                      key={String(accept)}
                      type="button"
                      className={accept ? 'button' : 'button button--secondary'}
                      disabled={answering.fetching}
                      onClick={async () => {
                        const response = await answer({ id: r.id, accept }, context);
                        announce(
                          response.error
                            ? t.site.unknownError
                            : accept
                              ? t.act.contact.accepted
                              : t.act.contact.declined,
                        );
                      }}
                    >
                      {accept ? t.act.contact.accept : t.act.contact.decline}
                    </button>
                  ))}
                </p>
              ) : (
                <p className="badge badge--info">{t.act.contact.statuses[r.status]}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
