import type { CombinedError } from 'urql';
import { errorMessage } from '../graphql/errors.ts';
import { useI18n } from '../i18n/language-context.tsx';

/** A failed request, in words the visitor can act on, in the interface language (the API answers in it too). */
export function ErrorNotice({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useI18n();
  const { text } = errorMessage(error, {
    network: t.site.networkError,
    unknown: t.site.unknownError,
    byCode: t.apiErrors,
  });
  return (
    <div className="notice notice--error" role="alert">
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t.site.retry}
        </button>
      )}
    </div>
  );
}
