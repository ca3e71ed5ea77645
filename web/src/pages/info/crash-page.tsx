import { Link } from 'react-router';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';

/** Shown inside the layout when a page throws while rendering: the header and menu keep working. */
export function CrashPage() {
  const { t } = useI18n();
  useDocumentTitle(t.crash.title);
  return (
    <div className="narrow" role="alert">
      <PageHeading>{t.crash.title}</PageHeading>
      <p>{t.crash.text}</p>
      <p>
        <Link to="/zoeken">{t.detail.toSearch}</Link>
      </p>
    </div>
  );
}
