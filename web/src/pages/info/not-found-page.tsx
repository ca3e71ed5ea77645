import { Link } from 'react-router';
import { useI18n } from '../../i18n/language-context.tsx';
import { PageHeading } from '../../layout/page-heading.tsx';
import { useDocumentTitle } from '../../layout/use-document-title.ts';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t.notFound.title);
  return (
    <div className="narrow">
      <PageHeading>{t.notFound.title}</PageHeading>
      <p>{t.notFound.text}</p>
      <p>
        <Link to="/zoeken">{t.detail.toSearch}</Link>
      </p>
    </div>
  );
}
