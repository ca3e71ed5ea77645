import { skillText } from '../../components/skill-label.ts';
import { Fragment } from 'react';
import { useQuery } from 'urql';
import { RoleGate } from '../../auth/role-gate.tsx';
import { csvText } from '../../components/csv.ts';
import { download } from '../../components/download.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { graphql } from '../../gql/index.ts';
import type { DataPage_AllQuery } from '../../gql/graphql.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import type { Messages } from '../../i18n/nl.ts';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';

const AllQuery = graphql(`
  query DataPage_All {
    viewer {
      id
      name
      email
    }
    myProfile {
      id
      alias
      occupations {
        years
        occupation {
          uri
          labelNl
          labelEn
        }
      }
      skills {
        uri
        labelNl
        labelEn
      }
      certificates {
        key
        nameNl
        nameEn
      }
      nlqfLevel
      postcode
      travel {
        mode
        maxMinutes
      }
      hoursMin
      hoursMax
      consent {
        visibleToEmployers
        shareWithAdviser
      }
    }
    myShortlists {
      id
      name
      items {
        id
        kind
        status
        note
        answer {
          answer
          note
        }
        vacancy {
          id
          title
          employerName
        }
        course {
          id
          title
        }
      }
    }
    mySavedSearches {
      id
      name
      kind
      frequency
    }
  }
`);

type Row = [section: string, what: string, value: string];

/** Everything as rows of names (never ESCO addresses): the page and the CSV show the same. */
function rowsOf(data: DataPage_AllQuery, t: Messages, lang: 'nl' | 'en'): Row[] {
  const f = t.act.data.fields;
  const rows: Row[] = [];
  const account = t.act.data.account;
  if (data.viewer) rows.push([account, f.name, data.viewer.name], [account, f.email, data.viewer.email]);
  const p = data.myProfile;
  const profile = t.act.data.profile;
  if (p) {
    const label = (x: { labelNl: string; labelEn: string }) => (lang === 'nl' ? x.labelNl : x.labelEn);
    rows.push([profile, f.alias, p.alias]);
    for (const o of p.occupations)
      if (o.occupation) rows.push([profile, f.occupations, t.adviser.occupationYears(label(o.occupation), o.years)]);
    for (const s of p.skills) rows.push([profile, f.skills, skillText(s, lang).text]);
    for (const c of p.certificates) rows.push([profile, f.certificates, lang === 'nl' ? c.nameNl : c.nameEn]);
    rows.push(
      [profile, f.level, `${t.labels.level(p.nlqfLevel)} (${t.labels.levelName[p.nlqfLevel] ?? ''})`],
      [profile, f.postcode, p.postcode],
      [profile, f.travel, t.adviser.travelLimitValue(p.travel.maxMinutes, t.mine.travelMode[p.travel.mode] ?? '')],
      [profile, f.hours, t.act.data.hoursValue(p.hoursMin, p.hoursMax)],
      [profile, f.consent, `${t.profile.shareWithAdviser}: ${p.consent.shareWithAdviser ? t.site.yes : t.site.no}`],
      [profile, f.consent, `${t.profile.visibleToEmployers}: ${p.consent.visibleToEmployers ? t.site.yes : t.site.no}`],
    );
  }
  for (const list of data.myShortlists ?? []) {
    for (const item of list.items) {
      const title = item.vacancy
        ? `${item.vacancy.title} (${item.vacancy.employerName})`
        : (item.course?.title ?? t.mine.itemGone);
      const answer = item.answer ? ` · ${t.act.answers.yourAnswer}: ${t.act.answers.options[item.answer.answer]}` : '';
      rows.push([
        `${t.act.data.lists}: ${list.name}`,
        t.shortlist.kind[item.kind],
        `${title} · ${t.shortlist.status[item.status]}${answer}`,
      ]);
    }
  }
  for (const s of data.mySavedSearches ?? [])
    rows.push([t.act.data.searches, t.act.alerts.kind[s.kind], `${s.name} · ${t.act.alerts.frequencies[s.frequency]}`]);
  return rows;
}

/** "Mijn gegevens" in plain words, to read, print or download as CSV (GDPR art. 15, readable). */
export function DataPage() {
  const { t } = useI18n();
  useDocumentTitle(t.act.data.title);
  return (
    <div className="page-wide data-page">
      <PageHeading>{t.act.data.title}</PageHeading>
      <RoleGate role="JOBSEEKER">{() => <DataContent />}</RoleGate>
    </div>
  );
}

function DataContent() {
  const { t, lang } = useI18n();
  const [result, reexecute] = useQuery({ query: AllQuery, requestPolicy: 'network-only' });
  if (result.error)
    return <ErrorNotice error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!result.data) return <Loading />;
  const rows = rowsOf(result.data, t, lang);
  // Lists are shown apart, with their Dutch names and titles marked as such; the CSV has them as rows.
  const listSection = (section: string) => section.startsWith(`${t.act.data.lists}: `);
  const sections = [...new Set(rows.map((r) => r[0]))].filter((s) => !listSection(s));
  const today = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(new Date());

  return (
    <>
      <p className="lead">{t.act.data.intro}</p>
      <p className="muted">{t.act.data.printed(today)}</p>
      <p className="button-row no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t.act.data.print}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => download('werkbrug-mijn-gegevens.csv', csvText([t.act.data.csvHeader, ...rows]))}
        >
          {t.act.data.csv}
        </button>
      </p>
      {!result.data.myProfile && <p>{t.act.data.noProfile}</p>}
      {sections.map((section) => (
        <section key={section} aria-label={section}>
          <h2>{section}</h2>
          <dl>
            {rows
              .filter((r) => r[0] === section)
              .map(([, what, value]) => (
                <Fragment key={`${what}-${value}`}>
                  <dt>{what}</dt>
                  <dd>{value}</dd>
                </Fragment>
              ))}
          </dl>
        </section>
      ))}
      {(result.data.myShortlists ?? []).map((list) => (
        <section key={list.id} aria-labelledby={`gegevens-lijst-${list.id}`}>
          <h2 id={`gegevens-lijst-${list.id}`}>
            {t.act.data.lists}: <span lang="nl">{list.name}</span>
          </h2>
          <ul>
            {list.items.map((item) => (
              <li key={item.id}>
                {t.shortlist.kind[item.kind]}:{' '}
                {item.vacancy ? (
                  <a href={`/vacatures/${encodeURIComponent(item.vacancy.id)}`} lang="nl">
                    {item.vacancy.title}
                  </a>
                ) : item.course ? (
                  <a href={`/opleidingen/${encodeURIComponent(item.course.id)}`} lang="nl">
                    {item.course.title}
                  </a>
                ) : (
                  t.mine.itemGone
                )}{' '}
                · {t.shortlist.status[item.status]}
                {item.answer && ` · ${t.act.answers.yourAnswer}: ${t.act.answers.options[item.answer.answer]}`}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
