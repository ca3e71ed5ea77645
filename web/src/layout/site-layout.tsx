import type { MouseEvent } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { useI18n } from '../i18n/language-context.tsx';
import { AnnouncerProvider } from './announcer.tsx';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';

/** Landmarks of every page: header with the menu, main content, footer. */
export function SiteLayout() {
  const { t } = useI18n();

  // The target gets focus itself, so the next Tab continues inside the content in every browser.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('inhoud')?.focus();
  };

  return (
    <AnnouncerProvider>
      <a className="skip-link" href="#inhoud" onClick={skipToContent}>
        {t.site.skipToContent}
      </a>
      <SiteHeader />
      <main id="inhoud" tabIndex={-1} className="site-main">
        <div className="container">
          <Outlet />
        </div>
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </AnnouncerProvider>
  );
}
