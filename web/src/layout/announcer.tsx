import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * One polite live region for status messages that have no place on the page itself (signed out,
 * more results loaded). It exists from the first render: screen readers ignore live regions that
 * appear together with their text.
 */
const AnnouncerContext = createContext<(message: string) => void>(() => {});

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  // The same text twice in a row must be spoken twice, so clear it first.
  const announce = useCallback((next: string) => {
    setMessage('');
    window.setTimeout(() => setMessage(next), 50);
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {children}
      <div role="status" className="visually-hidden" data-testid="announcer">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnouncerContext);
}
