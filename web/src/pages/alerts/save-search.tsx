import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../../auth/use-viewer.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { writeSearch, type SearchState } from '../search/search-state.ts';
import { SaveSearchForm } from './save-search-form.tsx';

/**
 * "Bewaar deze zoekopdracht" under the vacancy filters: a jobseeker saves what is on screen (the URL
 * state, without paging and order) and gets mail about new fits; a visitor is invited to sign in.
 */
export function SaveSearch({ state }: { state: SearchState }) {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  const [viewer] = useViewer();
  const [open, setOpen] = useState(false);
  const role = viewer.data?.viewer?.role;
  if (viewer.fetching && !viewer.data) return null;
  if (role && role !== 'JOBSEEKER') return null;
  if (!role)
    return (
      <p className="save-search">
        {t.act.alerts.signInToSave}{' '}
        <Link to={`/inloggen?terug=${encodeURIComponent(pathname + search)}`}>{t.site.signIn}</Link>
      </p>
    );
  const query = writeSearch({ ...state, pages: 1, sort: null }).toString();
  return (
    <div className="save-search">
      {open ? (
        <SaveSearchForm
          kind="SEARCH"
          query={query}
          defaultName={t.act.alerts.defaultName(state.q.trim())}
          focusOnOpen
        />
      ) : (
        <button type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
          {t.act.alerts.saveSearch}
        </button>
      )}
    </div>
  );
}
