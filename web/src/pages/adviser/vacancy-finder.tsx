import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { AddToList, type ListChoice } from './add-to-list.tsx';

const FindQuery = graphql(`
  query VacancyFinder_Find($query: String!) {
    vacancies(query: $query, first: 5) {
      hits {
        node {
          id
          title
          employerName
          location {
            place
          }
        }
      }
    }
  }
`);

/** The adviser looks up a vacancy themselves (the same search as everyone's) and puts it on a list. */
export function VacancyFinder({ lists }: { lists: readonly ListChoice[] }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [result, reexecute] = useQuery({ query: FindQuery, variables: { query }, pause: !query });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };

  let answer = null;
  if (query) {
    if (result.error)
      answer = <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    else if (result.fetching || !result.data) answer = <Loading />;
    else if (!result.data.vacancies.hits.length) answer = <p>{t.adviser.noSearchResults}</p>;
    else
      answer = (
        <ul className="plain-cards" data-testid="finder-results">
          {result.data.vacancies.hits.map(({ node: v }) => (
            <li key={v.id} className="person-card">
              <h4 className="match__title">
                <Link to={`/vacatures/${encodeURIComponent(v.id)}`} lang="nl">
                  {v.title}
                </Link>
              </h4>
              <p className="card__meta">
                <span lang="nl">{v.employerName}</span> · {v.location.place}
              </p>
              <AddToList lists={lists} vacancyId={v.id} title={v.title} />
            </li>
          ))}
        </ul>
      );
  }

  return (
    <>
      <form onSubmit={submit} className="finder" role="search">
        <label htmlFor="adviseur-zoek" className="finder__label">
          {t.adviser.searchLabel}
        </label>
        <div className="button-row">
          <input
            id="adviseur-zoek"
            className="input finder__input"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button">
            {t.adviser.searchSubmit}
          </button>
        </div>
      </form>
      <div aria-live="polite">{answer}</div>
    </>
  );
}
