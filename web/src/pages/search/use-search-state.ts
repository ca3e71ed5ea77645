import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readSearch, writeSearch, type SearchState } from './search-state.ts';

export type UpdateSearch = (patch: Partial<SearchState>, options?: { replace?: boolean }) => void;

/**
 * The search as state, read from and written to the URL. Every change starts again at the first
 * page of results, unless the change is about the pages themselves.
 */
export function useSearchState(): [SearchState, UpdateSearch] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearch(params), [params]);
  const update = useCallback<UpdateSearch>(
    (patch, options) =>
      // Read the newest URL, not this render's: typing and clicking can overlap.
      // preventScrollReset keeps the page where it is while filters change.
      setParams((current) => writeSearch({ ...readSearch(current), pages: 1, ...patch }), {
        replace: options?.replace ?? false,
        preventScrollReset: true,
      }),
    [setParams],
  );
  return [state, update];
}
