import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useNavigationType } from 'react-router';

/**
 * The h1 of a page. After a link or form takes the visitor to a new page, focus moves here, so a
 * screen reader announces the new page and keyboard users start at its top, as on a full page load.
 * On the first load and on back/forward (POP) focus stays where the browser puts it.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  // Before paint, so the focus ring and the announcement come with the new page itself.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the heading appears (see below)
  useLayoutEffect(() => {
    if (navigationType !== 'POP') ref.current?.focus({ preventScroll: true });
    // Only when the heading appears: later renders of the same page must not steal focus.
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
