import { useId } from 'react';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';
import type { FacetOption } from './facet-group.tsx';

interface LevelGroupProps {
  options: FacetOption[];
  selected: number | null;
  onSelect: (level: number | null) => void;
}

/**
 * One level at a time: the API filters on a range, and "level 2 and 4 but not 3" cannot be asked,
 * so radio buttons say honestly what is possible.
 */
export function LevelGroup({ options, selected, onSelect }: LevelGroupProps) {
  const { t } = useI18n();
  const id = useId();
  const levels = [...options].sort((a, b) => Number(a.value) - Number(b.value));
  if (selected !== null && !levels.some((o) => Number(o.value) === selected)) {
    levels.push({ value: String(selected), label: '', count: 0 });
  }
  if (!levels.length) return null;

  return (
    <fieldset className="facet" aria-describedby={`${id}-hint`}>
      <legend className="facet__legend">{t.filters.level}</legend>
      <p id={`${id}-hint`} className="hint">
        {t.filters.levelHint}
      </p>
      <ul className="facet__options">
        <li className="check">
          <input type="radio" id={`${id}-all`} name={id} checked={selected === null} onChange={() => onSelect(null)} />
          <label htmlFor={`${id}-all`}>{t.filters.levelAll}</label>
        </li>
        {levels.map((option) => {
          const level = Number(option.value);
          return (
            <li key={option.value} className="check">
              <input
                type="radio"
                id={`${id}-${level}`}
                name={id}
                checked={selected === level}
                onChange={() => onSelect(level)}
              />
              <label htmlFor={`${id}-${level}`}>
                {levelLabel(t, level)} <span className="facet__count">({option.count})</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
