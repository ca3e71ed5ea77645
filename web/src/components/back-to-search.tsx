import type { MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/language-context.tsx';

/** What a detail page gets from the result that opened it: the search to go back to. */
export interface FromSearch {
  search: string;
}

function isFromSearch(state: unknown): state is FromSearch {
  return typeof state === 'object' && state !== null && typeof (state as { search?: unknown }).search === 'string';
}

/**
 * Back to the search exactly as it was. Coming from a result, it goes back in history, so the
 * browser restores the scroll position and the loaded pages; the address stays the search's own, for
 * opening in a new tab. Opened from a shared link there is no search to return to: it goes to search.
 */
export function BackToSearch() {
  const { t } = useI18n();
  const { state } = useLocation();
  const navigate = useNavigate();

  if (!isFromSearch(state)) {
    return (
      <Link to="/zoeken" className="back-link">
        {t.detail.toSearch}
      </Link>
    );
  }

  const back = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(-1);
  };
  return (
    <a href={`/zoeken${state.search}`} className="back-link" onClick={back}>
      {t.detail.backToResults}
    </a>
  );
}
