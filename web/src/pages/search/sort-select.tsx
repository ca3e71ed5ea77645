import { useId } from 'react';
import { useI18n } from '../../i18n/language-context.tsx';

interface SortSelectProps<S extends string> {
  /** URL value per order, e.g. `afstand` -> DISTANCE. */
  sorts: Record<string, S>;
  labels: Record<S, string>;
  current: S;
  /** Orders that need something first (distance needs a postcode). */
  hidden: readonly S[];
  onChange: (slug: string) => void;
}

export function SortSelect<S extends string>({ sorts, labels, current, hidden, onChange }: SortSelectProps<S>) {
  const { t } = useI18n();
  const id = useId();
  const options = Object.entries(sorts).filter(([, sort]) => !hidden.includes(sort));
  const currentSlug = options.find(([, sort]) => sort === current)?.[0] ?? '';

  return (
    <div className="sort">
      <label htmlFor={id}>{t.search.sort}</label>
      <select id={id} className="input" value={currentSlug} onChange={(e) => onChange(e.target.value)}>
        {options.map(([slug, sort]) => (
          <option key={slug} value={slug}>
            {labels[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
