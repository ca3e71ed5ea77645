import { useEffect, useRef } from 'react';
import { useNavigationType } from 'react-router';

const storageKey = 'werkbrug.openedResult';

/**
 * Keeps keyboard users in place in a result list. Opening a result remembers it; coming back with
 * the back button puts focus on that same result again instead of at the top of the page. A result
 * that starts a freshly loaded page ("Meer laden") gets focus too, so Tab continues with new results.
 */
export function useResultFocus(id: string, focusOnMount: boolean) {
  const ref = useRef<HTMLAnchorElement>(null);
  const navigationType = useNavigationType();

  useEffect(() => {
    let opened: string | null = null;
    try {
      opened = sessionStorage.getItem(storageKey);
    } catch {
      // Without storage the page simply starts at the top.
    }
    if (navigationType === 'POP' && opened === id) {
      ref.current?.focus({ preventScroll: true });
      sessionStorage.removeItem(storageKey);
    } else if (focusOnMount) {
      ref.current?.focus();
    }
    // Only when the result appears.
  }, []);

  const remember = () => {
    try {
      sessionStorage.setItem(storageKey, id);
    } catch {
      // Not remembered: focus starts at the top when coming back.
    }
  };

  return { ref, onClick: remember };
}
