import { useId } from 'react';

interface FlagFilterProps {
  label: string;
  hint: string;
  count: number;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A yes/only filter such as "only garantiebanen", with its count and a short explanation. */
export function FlagFilter({ label, hint, count, checked, onChange }: FlagFilterProps) {
  const id = useId();
  return (
    <div className="check">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <label htmlFor={id}>
        {label} <span className="facet__count">({count})</span>
      </label>
      <p id={`${id}-hint`} className="hint check__hint">
        {hint}
      </p>
    </div>
  );
}
