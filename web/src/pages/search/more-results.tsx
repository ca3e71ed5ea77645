import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/language-context.tsx';

interface MoreResultsProps {
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  /** Pages still to show after this one (the URL remembers how many were loaded). */
  pagesAfter: number;
  shown: number;
  total: number;
  renderNextPage: (after: string, pagesAfter: number) => ReactNode;
  onLoadMore: () => void;
}

/**
 * What follows one page of results: the next page when it was loaded before (coming back to a
 * search shows as many results as were open), else the "Meer laden" button. Each page asks for the
 * results after the previous page's cursor.
 */
export function MoreResults({ pageInfo, pagesAfter, shown, total, renderNextPage, onLoadMore }: MoreResultsProps) {
  const { t } = useI18n();
  if (pageInfo.hasNextPage && pageInfo.endCursor && pagesAfter > 0)
    return renderNextPage(pageInfo.endCursor, pagesAfter - 1);
  if (!total) return null;
  return (
    <div className="results__more">
      <p>{t.search.shown(shown, total)}</p>
      {pageInfo.hasNextPage && (
        <button type="button" className="button button--secondary" onClick={onLoadMore}>
          {t.search.loadMore}
        </button>
      )}
    </div>
  );
}
