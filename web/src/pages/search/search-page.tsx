import type { MouseEvent } from 'react';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { CourseSearch } from './course-search.tsx';
import { KindTabs } from './kind-tabs.tsx';
import { SearchBox } from './search-box.tsx';
import { useSearchState } from './use-search-state.ts';
import { VacancySearch } from './vacancy-search.tsx';

/** Search vacancies or courses, no account needed; the whole search is in the URL. */
export function SearchPage() {
  const { t } = useI18n();
  const [state, update] = useSearchState();
  useDocumentTitle(state.q ? `${state.q} – ${t.search.documentTitle}` : t.search.documentTitle);

  // The filters hold many controls: keyboard users can jump past them straight to the results.
  const skipToResults = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('resultaten')?.focus();
  };

  return (
    <div className="search-page">
      <PageHeading>{t.search.title}</PageHeading>
      <p className="lead">{t.search.intro}</p>
      <KindTabs state={state} />
      <SearchBox state={state} update={update} />
      <a href="#resultaten" className="skip-link skip-link--inline" onClick={skipToResults}>
        {t.search.skipToResults}
      </a>
      {state.kind === 'vacatures' ? (
        <VacancySearch state={state} update={update} />
      ) : (
        <CourseSearch state={state} update={update} />
      )}
    </div>
  );
}
