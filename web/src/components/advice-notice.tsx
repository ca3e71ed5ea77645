import { useI18n } from '../i18n/language-context.tsx';

/**
 * Goes next to every score and match. Werkbrug ranks and explains, but decisions about people
 * stay with people (a werkadviseur, an employer, the jobseeker): the visitor must read that every time.
 */
export function AdviceNotice() {
  const { t } = useI18n();
  return (
    <p className="advice-notice">
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="9" />
        <path d="M10 9v5M10 6v.5" />
      </svg>
      {t.site.advice}
    </p>
  );
}
