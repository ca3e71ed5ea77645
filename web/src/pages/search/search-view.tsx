import { useState, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { Loading } from '../../components/loading.tsx';
import { FilterPanel } from './filter-panel.tsx';
import { MoreResults } from './more-results.tsx';
import { ResultsSection } from './results-section.tsx';
import { activeFilterCount, withoutFilters, type SearchState } from './search-state.ts';
import type { UpdateSearch } from './use-search-state.ts';

/** The first page of an answer, reduced to what the frame needs; the cards are rendered by the kind. */
export interface FirstPage {
  totalCount: number;
  degraded: boolean;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  shown: number;
  cards: ReactNode;
}

export interface NextPageArgs {
  after: string;
  pagesAfter: number;
  total: number;
  /** The page whose first result takes focus: the one the visitor just asked for. */
  focusPage: number | null;
  onLoadMore: () => void;
}

interface SearchViewProps {
  state: SearchState;
  update: UpdateSearch;
  filters: ReactNode;
  sort: ReactNode;
  fetching: boolean;
  error: CombinedError | undefined;
  /** The search text of the shown answer. */
  shownQuery: string;
  firstPage: FirstPage | null;
  onRetry: () => void;
  renderNextPage: (args: NextPageArgs) => ReactNode;
}

/** Filters beside results, shared by the vacancy and the course search; branches on error, loading and data. */
export function SearchView(props: SearchViewProps) {
  const { state, update, filters, sort, fetching, error, shownQuery, firstPage, onRetry, renderNextPage } = props;
  const [focusPage, setFocusPage] = useState<number | null>(null);

  const loadMore = () => {
    setFocusPage(state.pages + 1);
    update({ pages: state.pages + 1 }, { replace: true });
  };

  let body: ReactNode = null;
  if (error) {
    body = <ErrorNotice error={error} onRetry={onRetry} />;
  } else if (fetching && !firstPage) {
    body = <Loading />;
  } else if (firstPage) {
    body = (
      <>
        <ol className="results__list">{firstPage.cards}</ol>
        <MoreResults
          pageInfo={firstPage.pageInfo}
          pagesAfter={state.pages - 1}
          shown={firstPage.shown}
          total={firstPage.totalCount}
          onLoadMore={loadMore}
          renderNextPage={(after, pagesAfter) =>
            renderNextPage({ after, pagesAfter, total: firstPage.totalCount, focusPage, onLoadMore: loadMore })
          }
        />
      </>
    );
  }

  return (
    <div className="search-layout">
      <FilterPanel activeCount={activeFilterCount(state)} onClear={() => update(withoutFilters(state))}>
        {filters}
      </FilterPanel>
      <ResultsSection
        kind={state.kind}
        total={error || !firstPage ? null : firstPage.totalCount}
        shownQuery={shownQuery}
        busy={fetching}
        degraded={firstPage?.degraded ?? false}
        sort={sort}
      >
        {body}
      </ResultsSection>
    </div>
  );
}
