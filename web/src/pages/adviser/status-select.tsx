import type { ShortlistItemStatus } from '../../gql/graphql.ts';
import { useI18n } from '../../i18n/language-context.tsx';

/** What happened with an item on a list, in the order a job application goes. */
export const statuses: readonly ShortlistItemStatus[] = [
  'VOORGESTELD',
  'GESOLLICITEERD',
  'GESPREK',
  'AANGENOMEN',
  'AFGEWEZEN',
];

/** The labelled status field, used when adding an item and when changing one. */
export function StatusSelect(props: {
  id: string;
  value: ShortlistItemStatus;
  onChange: (status: ShortlistItemStatus) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={props.id}>{t.adviser.status}</label>
      <select
        id={props.id}
        className="input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as ShortlistItemStatus)}
      >
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t.shortlist.status[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
