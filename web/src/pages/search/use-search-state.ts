import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, useNavigate } from 'react-router';
import { readSearch, writeSearch, type SearchState } from './search-state.ts';

export type UpdateSearch = (patch: Partial<SearchState>, options?: { replace?: boolean }) => void;

const toSearchString = (state: SearchState) => {
  const params = writeSearch(state).toString();
  return params ? `?${params}` : '';
};

/**
 * The search as state, mirrored in the URL. A change applies at once and is then written to the
 * address: waiting for the router first would show a ticked checkbox unticked for a moment and
 * delay every search. When the address changes by itself (back button, a link, a shared URL), the
 * state follows it. Every change starts again at the first page, unless it is about the pages.
 */
export function useSearchState(): [SearchState, UpdateSearch] {
  const location = useLocation();
  const navigate = useNavigate();
  const [state, setState] = useState(() => readSearch(new URLSearchParams(location.search)));
  const latest = useRef(state);
  const written = useRef(location.search);

  useEffect(() => {
    if (location.search === written.current) return;
    written.current = location.search;
    latest.current = readSearch(new URLSearchParams(location.search));
    setState(latest.current);
  }, [location.search]);

  const update = useCallback<UpdateSearch>(
    (patch, options) => {
      // From the newest state, not this render's: typing and clicking can overlap.
      const next = { ...latest.current, pages: 1, ...patch };
      latest.current = next;
      // Committed before the address changes: whoever reads the URL finds the page already
      // working on it, and the search request leaves now rather than a frame later.
      flushSync(() => setState(next));
      written.current = toSearchString(next);
      // preventScrollReset keeps the page where it is while filters change.
      navigate({ search: written.current }, { replace: options?.replace ?? false, preventScrollReset: true });
    },
    [navigate],
  );

  return [state, update];
}
