import { Link } from 'react-router';
import { useI18n } from '../../i18n/language-context.tsx';
import { switchKind, writeSearch, type SearchKind, type SearchState } from './search-state.ts';

/**
 * Vacancies or courses. Plain links, because each is its own shareable address; the typed text and
 * the place come along, the filters of the other kind do not.
 */
export function KindTabs({ state }: { state: SearchState }) {
  const { t } = useI18n();
  const kinds: [SearchKind, string][] = [
    ['vacatures', t.search.vacancies],
    ['opleidingen', t.search.courses],
  ];
  return (
    <nav className="kind-tabs" aria-label={t.search.kindNav}>
      <ul>
        {kinds.map(([kind, label]) => (
          <li key={kind}>
            <Link
              to={{ search: writeSearch(switchKind(state, kind)).toString() }}
              className="kind-tabs__link"
              aria-current={state.kind === kind ? 'page' : undefined}
              preventScrollReset
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
