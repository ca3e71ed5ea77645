import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/language-context.tsx';

interface FilterPanelProps {
  activeCount: number;
  onClear: () => void;
  children: ReactNode;
}

/**
 * The filters: always open beside the results on wide screens; on phones behind a button, so the
 * results are not pushed a long way down.
 */
export function FilterPanel({ activeCount, onClear, children }: FilterPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The clear button goes away with the filters it clears: focus moves up to the panel's heading.
  const clear = () => {
    onClear();
    heading.current?.focus();
  };

  return (
    <section className="filters" aria-labelledby={`${id}-title`}>
      <div className="filters__bar">
        <h2 id={`${id}-title`} className="filters__title" ref={heading} tabIndex={-1}>
          {t.filters.heading}
        </h2>
        <button
          type="button"
          className="button button--secondary filters__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {open ? t.filters.hide : t.filters.show(activeCount)}
        </button>
      </div>
      <div id={`${id}-body`} className={open ? 'filters__body is-open' : 'filters__body'}>
        {activeCount > 0 && (
          <button type="button" className="button button--link filters__clear" onClick={clear}>
            {t.filters.clear}
          </button>
        )}
        {children}
      </div>
    </section>
  );
}
