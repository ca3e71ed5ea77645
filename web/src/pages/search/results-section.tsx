import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/language-context.tsx';
import type { SearchKind } from './search-state.ts';

interface ResultsSectionProps {
  kind: SearchKind;
  /** Hits over all pages, or null before the first answer. */
  total: number | null;
  /** The text the shown results belong to (it can lag behind the search box while typing). */
  shownQuery: string;
  busy: boolean;
  degraded: boolean;
  sort: ReactNode;
  children: ReactNode;
}

/**
 * The result list with its count. The count is a polite status: screen readers say it when a new
 * answer arrives, without interrupting the typing.
 */
export function ResultsSection({ kind, total, shownQuery, busy, degraded, sort, children }: ResultsSectionProps) {
  const { t } = useI18n();
  const count =
    total === null ? '' : `${t.search.count[kind](total)}${shownQuery ? ` ${t.search.forQuery(shownQuery)}` : ''}`;

  return (
    <section id="resultaten" tabIndex={-1} className="results" aria-labelledby="resultaten-titel">
      <h2 id="resultaten-titel" className="visually-hidden">
        {t.search.resultsHeading}
      </h2>
      <div className="results__header">
        <p className="results__count" role="status" data-testid="result-count">
          {count}
        </p>
        {sort}
      </div>
      {degraded && <p className="notice">{t.search.degraded}</p>}
      {total === 0 && <p className="results__empty">{t.search.noResults}</p>}
      <div className="results__lists" data-testid="results" data-query={shownQuery} aria-busy={busy}>
        {children}
      </div>
    </section>
  );
}
