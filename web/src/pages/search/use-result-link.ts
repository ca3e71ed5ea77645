import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import type { FromSearch } from '../../components/back-to-search.tsx';

const storageKey = 'werkbrug.openedResult';

/**
 * Props for the link of one result. They keep keyboard users in place: opening a result remembers
 * it, and coming back with the back button puts focus on that same result instead of the top of the
 * page. The first result of a freshly loaded page ("Meer laden") gets focus, so Tab goes on with
 * the new results. The detail page learns which search it came from, for its back link.
 */
export function useResultLink(id: string, focusOnMount: boolean) {
  const ref = useRef<HTMLAnchorElement>(null);
  const navigationType = useNavigationType();
  const { search } = useLocation();

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the result appears
  useEffect(() => {
    let opened: string | null = null;
    try {
      opened = sessionStorage.getItem(storageKey);
      if (navigationType === 'POP' && opened === id) sessionStorage.removeItem(storageKey);
    } catch {
      // Without storage the page simply starts at the top.
    }
    if (navigationType === 'POP' && opened === id) ref.current?.focus({ preventScroll: true });
    else if (focusOnMount) ref.current?.focus();
    // Only when the result appears.
  }, []);

  const onClick = () => {
    try {
      sessionStorage.setItem(storageKey, id);
    } catch {
      // Not remembered: focus starts at the top when coming back.
    }
  };

  const state: FromSearch = { search };
  return { ref, onClick, state };
}
