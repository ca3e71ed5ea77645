import { useEffect } from 'react';

/** The browser tab and the history list show which page this is. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title ? `${title} – Werkbrug` : 'Werkbrug';
  }, [title]);
}
