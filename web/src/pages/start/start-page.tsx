import { lazy, Suspense, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';
import { QuickCheckForm } from './quick-check-form.tsx';
import { emptyDraft, loadDraft, saveDraft, type ChosenOccupation, type QuickCheckDraft } from './quick-check.ts';
import { useSectors } from './use-sectors.ts';

/** The advice and its match cards load with the first check: the start page itself stays light. */
const QuickCheckResults = lazy(() => import('./quick-check-results.tsx'));

/**
 * The start page: what Werkbrug does in three lines, and a check without an account that shows
 * what fits now and after a course. The answers of this tab come back after a visit to a vacancy.
 */
export function StartPage() {
  const { t } = useI18n();
  useDocumentTitle(t.start.documentTitle);
  const announce = useAnnounce();
  const remembered = useRef(loadDraft());
  const [draft, setDraft] = useState<QuickCheckDraft>(remembered.current ?? emptyDraft);
  // The answers the shown advice is for; null until the first check.
  const [checked, setChecked] = useState<QuickCheckDraft | null>(remembered.current?.hours ? remembered.current : null);
  const jobInput = useRef<HTMLInputElement>(null);
  const sectors = useSectors();
  const wishName = sectors.find((s) => s.key === checked?.wish)?.name ?? null;

  const check = (next: QuickCheckDraft) => {
    saveDraft(next);
    setChecked(next);
  };

  const choose = (occupation: ChosenOccupation) => {
    const next = { ...draft, job: occupation.labelNl, chosen: occupation };
    setDraft(next);
    check(next);
    announce(t.start.chose(occupation.labelNl));
  };

  const retype = () => {
    jobInput.current?.focus();
    jobInput.current?.select();
  };

  return (
    <div className="start-page">
      <PageHeading>{t.start.title}</PageHeading>
      <ul className="start-lines">
        {t.start.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <section className="quick-check-section" aria-labelledby="check-titel">
        <h2 id="check-titel">{t.start.checkHeading}</h2>
        <p>{t.start.checkIntro}</p>
        <QuickCheckForm draft={draft} onChange={setDraft} onSubmit={check} jobInput={jobInput} />
      </section>
      {checked ? (
        <Suspense fallback={<Loading />}>
          <QuickCheckResults draft={checked} wishName={wishName} onChoose={choose} onRetype={retype} />
        </Suspense>
      ) : (
        <p className="start-search">
          {t.start.orSearch} <Link to="/zoeken">{t.start.searchLink}</Link>
        </p>
      )}
    </div>
  );
}
