import type { ContractType } from '../../gql/graphql.ts';
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
}

/** Two vacancies side by side, as a table with the vacancies as columns: a screen reader reads each row with its heading. */
export function CompareView({ vacancies }: { vacancies: readonly ComparedVacancy[] }) {
  const { lang, t } = useI18n();
  const rows: [string, (v: ComparedVacancy) => React.ReactNode][] = [
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
