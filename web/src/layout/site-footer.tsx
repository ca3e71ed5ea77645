import { Link } from 'react-router';
import { useI18n } from '../i18n/language-context.tsx';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>{t.site.footerAbout}</p>
        <nav aria-label={t.site.footerNav}>
          <ul>
            <li>
              <Link to="/privacy">{t.info.privacy}</Link>
            </li>
            <li>
              <Link to="/contact">{t.info.contact}</Link>
            </li>
            <li>
              <Link to="/toegankelijkheid">{t.site.accessibility}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
