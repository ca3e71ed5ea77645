import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { errorCode } from '../graphql/errors.ts';
import { useI18n } from '../i18n/language-context.tsx';
import { PageHeading } from '../layout/page-heading.tsx';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { ErrorNotice } from './error-notice.tsx';

/** A detail page that could not load: gone (NOT_FOUND) gets its own page, anything else a retry. */
export function DetailError({
  error,
  notFoundTitle,
  onRetry,
}: {
  error: CombinedError;
  notFoundTitle: string;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  const notFound = errorCode(error) === 'NOT_FOUND';
  useDocumentTitle(notFound ? notFoundTitle : t.crash.title);

  if (!notFound) return <ErrorNotice error={error} onRetry={onRetry} />;
  return (
    <>
      <PageHeading>{notFoundTitle}</PageHeading>
      <p>
        <Link to="/zoeken">{t.detail.toSearch}</Link>
      </p>
    </>
  );
}
