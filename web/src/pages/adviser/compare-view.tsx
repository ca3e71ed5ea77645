import { useQuery } from 'urql';
import { OutlookBadge } from '../../components/outlook-badge.tsx';
import { graphql } from '../../gql/index.ts';
import type { ContractType, Outlook } from '../../gql/graphql.ts';
import { skillText } from '../../components/skill-label.ts';
import { formatDate } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';

interface ComparedVacancy {
  id: string;
  title: string;
  employerName: string;
  hoursMin: number;
  hoursMax: number;
  nlqfLevel: number;
  contractType: ContractType;
  garantiebaan: boolean;
  validThrough: string;
  location: { place: string };
  salary?: { min: number; max: number; period: string } | null;
  essentialSkills: readonly { uri: string; labelNl: string | null; labelEn: string }[];
  occupation?: { uri: string } | null;
  sector: { key: string; nameNl: string; nameEn: string; outlook: Outlook };
}

const ScoresQuery = graphql(`
  query CompareView_Scores($profileId: ID!, $first: MatchFilter, $second: MatchFilter) {
    first: matchVacancies(profileId: $profileId, first: 50, filter: $first) {
      matches {
        score
        vacancy {
          id
        }
        explanation {
          summary
        }
      }
    }
    second: matchVacancies(profileId: $profileId, first: 50, filter: $second) {
      matches {
        score
        vacancy {
          id
        }
        explanation {
          summary
        }
      }
    }
  }
`);

/** The person's score and its reason for each vacancy, from the same matching as everywhere else. */
function useScores(profileId: string | null, vacancies: readonly ComparedVacancy[]) {
  const filterOf = (v: ComparedVacancy | undefined) => (v?.occupation ? { occupationUris: [v.occupation.uri] } : null);
  const [result] = useQuery({
    query: ScoresQuery,
    variables: { profileId: profileId ?? '', first: filterOf(vacancies[0]), second: filterOf(vacancies[1]) },
    pause: !profileId,
  });
  const all = [...(result.data?.first.matches ?? []), ...(result.data?.second.matches ?? [])];
  return { ready: !!result.data || !profileId, byId: new Map(all.map((m) => [m.vacancy.id, m])) };
}

/** Two vacancies side by side, as a table with the vacancies as columns: a screen reader reads each row with its heading. */
export function CompareView({
  vacancies,
  profileId,
}: {
  vacancies: readonly ComparedVacancy[];
  profileId: string | null;
}) {
  const { lang, t } = useI18n();
  const scores = useScores(profileId, vacancies);
  // A vacancy outside the person's reach or hours has no score: matching leaves it out on purpose.
  const scoreOf = (v: ComparedVacancy) => scores.byId.get(v.id);
  const rows: [string, (v: ComparedVacancy) => React.ReactNode][] = [
    [
      t.act.list.score,
      (v) =>
        scores.ready ? (scoreOf(v) ? t.mine.scoreOutOf(Math.round(scoreOf(v)?.score ?? 0)) : '–') : t.site.loading,
    ],
    [t.act.list.reasons, (v) => <span lang="nl">{scoreOf(v)?.explanation.summary ?? '–'}</span>],
    [
      t.act.list.outlook,
      (v) => (
        <>
          {lang === 'nl' ? v.sector.nameNl : v.sector.nameEn} <OutlookBadge outlook={v.sector.outlook} />
        </>
      ),
    ],
    [t.vacancy.employer, (v) => <span lang="nl">{v.employerName}</span>],
    [t.vacancy.place, (v) => v.location.place],
    [t.vacancy.hoursLabel, (v) => t.vacancy.hours(v.hoursMin, v.hoursMax)],
    [t.vacancy.level, (v) => levelLabel(t, v.nlqfLevel)],
    [t.vacancy.contract, (v) => t.labels.contractType[v.contractType]],
    [
      t.vacancy.salary,
      (v) => (v.salary ? t.vacancy.salaryRange(v.salary.min, v.salary.max, v.salary.period) : t.vacancy.salaryUnknown),
    ],
    [t.vacancy.garantiebaan, (v) => (v.garantiebaan ? t.site.yes : t.site.no)],
    [t.vacancy.validThrough, (v) => formatDate(lang, v.validThrough)],
    [
      t.vacancy.essentialSkills,
      (v) => (
        <ul className="skill-list" lang="nl">
          {v.essentialSkills.map((s) => (
            <li key={s.uri} lang={skillText(s, 'nl').lang}>
              {skillText(s, 'nl').text}
            </li>
          ))}
        </ul>
      ),
    ],
  ];
  return (
    <div className="table-scroll">
      <table className="table compare-table">
        <thead>
          <tr>
            <td />
            {vacancies.map((v) => (
              <th key={v.id} scope="col" lang="nl">
                {v.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {vacancies.map((v) => (
                <td key={v.id}>{cell(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
