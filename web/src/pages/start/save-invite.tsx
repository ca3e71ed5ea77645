import { Link } from 'react-router';
import { useI18n } from '../../i18n/language-context.tsx';

/**
 * "Bewaar dit": the check keeps nothing, so keeping the advice means an account. Registration lives at
 * /registreren; it can start the profile from the answers this tab remembers (see quick-check.ts).
 */
export function SaveInvite() {
  const { t } = useI18n();
  return (
    <aside className="save-invite" aria-labelledby="bewaar-titel">
      <h2 id="bewaar-titel">{t.start.saveHeading}</h2>
      <p>{t.start.saveText}</p>
      <p className="save-invite__actions">
        <Link to="/registreren?van=snelle-check" className="button">
          {t.start.saveLink}
        </Link>
        <span>
          {t.start.haveAccount} <Link to="/inloggen">{t.site.signIn}</Link>
        </span>
      </p>
    </aside>
  );
}
