import { useRef, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import type { CaseloadSort, CaseloadStatus, TargetGroup } from '../../gql/graphql.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';

const CaseloadQuery = graphql(`
  query CaseloadSearch_People(
    $text: String
    $targetGroup: TargetGroup
    $activityDays: Int
    $status: CaseloadStatus
    $sort: CaseloadSort
    $offset: Int
  ) {
    caseloadSearch(
      text: $text
      targetGroup: $targetGroup
      activityDays: $activityDays
      status: $status
      sort: $sort
      first: 25
      offset: $offset
    ) {
      totalCount
      items {
        lastActivityAt
        status
        profile {
          id
          alias
          postcode
          shortCode
          nlqfLevel
          occupations {
            years
            occupation {
              uri
              labelNl
            }
          }
        }
      }
    }
  }
`);

const pageSize = 25;
const targetGroups: TargetGroup[] = [
  'WW',
  'BIJSTAND',
  'BANENAFSPRAAK',
  'ZZP',
  'SCHOOLVERLATER',
  'WERK_NAAR_WERK',
  'STATUSHOUDER',
  'HERINTREDER',
];
const statuses: CaseloadStatus[] = ['NO_LIST', 'LIST_NOT_SHARED', 'LIST_SHARED', 'APPLIED'];
const sorts: CaseloadSort[] = ['ALIAS', 'LAST_ACTIVITY', 'LEAST_RECENT_ACTIVITY'];
const activities = [7, 30, -30, -90] as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/**
 * The caseload at scale: search by alias, postcode or code, filter by target group, last activity
 * and status, sort, and page through 25 at a time; the server does all of it. The search lives in
 * the URL, so the back button returns to the same page of people.
 */
export function CaseloadSearch() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const countRef = useRef<HTMLParagraphElement>(null);
  const variables = {
    text: params.get('zoek') || null,
    targetGroup: oneOf(targetGroups, params.get('doelgroep')),
    activityDays: Number(params.get('activiteit')) || null,
    status: oneOf(statuses, params.get('status')),
    sort: oneOf(sorts, params.get('sorteren')),
    offset: Math.max(0, Number(params.get('vanaf')) || 0),
  };
  const [result, reexecute] = useQuery({ query: CaseloadQuery, variables });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['zoek', 'doelgroep', 'activiteit', 'status', 'sorteren']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
    window.setTimeout(() => countRef.current?.focus(), 0);
  };
  const goTo = (offset: number) => {
    const next = new URLSearchParams(params);
    if (offset) next.set('vanaf', String(offset));
    else next.delete('vanaf');
    setParams(next);
    window.setTimeout(() => countRef.current?.focus(), 0);
  };
  const date = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium' }).format(new Date(iso));

  let body = null;
  if (result.error)
    body = <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!result.data) body = <Loading />;
  else {
    const { items, totalCount } = result.data.caseloadSearch;
    body = (
      <>
        <p className="muted" ref={countRef} tabIndex={-1} data-testid="caseload-count">
          {t.act.caseload.count(totalCount)}
          {totalCount > pageSize &&
            ` · ${t.act.matches.page(variables.offset + 1, variables.offset + items.length, totalCount)}`}
        </p>
        {items.length === 0 && (
          <p>{totalCount === 0 && !params.toString() ? t.adviser.noCaseload : t.act.caseload.none}</p>
        )}
        <ul className="plain-cards caseload" data-testid="caseload">
          {items.map(({ profile: person, lastActivityAt, status }) => (
            <li key={person.id} className="person-card">
              <h3 className="match__title">
                <Link to={`/adviseur/personen/${encodeURIComponent(person.id)}`} lang="nl">
                  {person.alias}
                </Link>
              </h3>
              <p className="card__meta">
                {t.adviser.postcode} {person.postcode} · {t.act.caseload.code}{' '}
                <span className="person-code">{person.shortCode}</span> · {levelLabel(t, person.nlqfLevel)}
              </p>
              <p className="card__meta">
                {t.act.caseload.statuses[status]} · {t.act.caseload.lastActivity(date(lastActivityAt))}
              </p>
              {person.occupations.length > 0 && (
                <p className="person-card__jobs" lang="nl">
                  {person.occupations
                    .flatMap((o) => (o.occupation ? [t.adviser.occupationYears(o.occupation.labelNl, o.years)] : []))
                    .join(', ')}
                </p>
              )}
            </li>
          ))}
        </ul>
        {totalCount > pageSize && (
          <nav className="pager" aria-label={t.act.caseload.pagesNav}>
            <button
              type="button"
              className="button button--secondary"
              disabled={variables.offset === 0}
              onClick={() => goTo(Math.max(0, variables.offset - pageSize))}
            >
              {t.act.matches.previous}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={variables.offset + pageSize >= totalCount}
              onClick={() => goTo(variables.offset + pageSize)}
            >
              {t.act.matches.next}
            </button>
          </nav>
        )}
      </>
    );
  }

  return (
    <>
      <form className="caseload-search" role="search" onSubmit={submit} key={params.toString()}>
        <div className="field">
          <label htmlFor="caseload-zoek">{t.act.caseload.searchLabel}</label>
          <input
            id="caseload-zoek"
            name="zoek"
            type="search"
            className="input"
            defaultValue={variables.text ?? ''}
            maxLength={60}
          />
        </div>
        <div className="caseload-search__fields">
          <div className="field">
            <label htmlFor="caseload-doelgroep">{t.act.caseload.targetGroup}</label>
            <select
              id="caseload-doelgroep"
              name="doelgroep"
              className="input"
              defaultValue={variables.targetGroup ?? ''}
            >
              <option value="">{t.act.caseload.anyTargetGroup}</option>
              {targetGroups.map((g) => (
                <option key={g} value={g}>
                  {t.act.caseload.targetGroups[g]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="caseload-activiteit">{t.act.caseload.activity}</label>
            <select
              id="caseload-activiteit"
              name="activiteit"
              className="input"
              defaultValue={variables.activityDays ?? ''}
            >
              <option value="">{t.act.caseload.anyActivity}</option>
              {activities.map((d) => (
                <option key={d} value={d}>
                  {d > 0 ? t.act.caseload.activeWithin(d) : t.act.caseload.inactiveFor(-d)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="caseload-status">{t.act.caseload.status}</label>
            <select id="caseload-status" name="status" className="input" defaultValue={variables.status ?? ''}>
              <option value="">{t.act.caseload.anyStatus}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t.act.caseload.statuses[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="caseload-sorteren">{t.act.caseload.sort}</label>
            <select id="caseload-sorteren" name="sorteren" className="input" defaultValue={variables.sort ?? 'ALIAS'}>
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {t.act.caseload.sorts[s]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          {t.act.caseload.apply}
        </button>
      </form>
      {body}
    </>
  );
}
