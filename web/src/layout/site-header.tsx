import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/language-context.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { UserMenu } from './user-menu.tsx';

export function SiteHeader() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const onSearch = pathname === '/zoeken';

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <svg className="brand__logo" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
            <rect width="40" height="40" rx="8" />
            <path d="M6 27c4-9 24-9 28 0M6 27h28M12 27v-5M20 27v-8M28 27v-5" />
          </svg>
          <span className="brand__text">
            <span className="brand__name">{t.site.name}</span>
            <span className="brand__tagline">{t.site.tagline}</span>
          </span>
        </Link>
        <nav className="site-nav" aria-label={t.site.mainNav}>
          <ul>
            <li>
              <Link to="/zoeken" aria-current={onSearch ? 'page' : undefined}>
                {t.site.search}
              </Link>
            </li>
            <UserMenu />
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
