import { useI18n } from '../i18n/language-context.tsx';

/** Shown while a page waits for its data; a status, so screen readers hear that something happens. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.site.loading}
    </p>
  );
}
