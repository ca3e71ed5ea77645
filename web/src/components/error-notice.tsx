import type { CombinedError } from 'urql';
import { errorMessage } from '../graphql/errors.ts';
import { useI18n } from '../i18n/language-context.tsx';

/**
 * A failed request, in words the visitor can act on. Messages from the API are Dutch whatever the
 * interface language, so they carry lang="nl".
 */
export function ErrorNotice({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useI18n();
  const { text, fromApi } = errorMessage(error, { network: t.site.networkError, unknown: t.site.unknownError });
  return (
    <div className="notice notice--error" role="alert">
      <p lang={fromApi ? 'nl' : undefined}>{text}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t.site.retry}
        </button>
      )}
    </div>
  );
}
