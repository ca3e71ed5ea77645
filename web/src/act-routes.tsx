import type { RouteObject } from 'react-router';

/**
 * The addresses of issue 13 part A, each loaded on demand (kept apart from routes.tsx so parallel
 * work on the router merges easily). Mail links point at the /account and /meldingen pages.
 */
export const actRoutes: RouteObject[] = [
  {
    path: 'account/registreren',
    lazy: async () => ({ Component: (await import('./pages/account/register-page.tsx')).RegisterPage }),
  },
  {
    path: 'account/bevestigen',
    lazy: async () => ({ Component: (await import('./pages/account/confirm-page.tsx')).ConfirmPage }),
  },
  {
    path: 'account/wachtwoord-vergeten',
    lazy: async () => ({ Component: (await import('./pages/account/forgot-page.tsx')).ForgotPage }),
  },
  {
    path: 'account/nieuw-wachtwoord',
    lazy: async () => {
      const { NewPasswordPage } = await import('./pages/account/new-password-page.tsx');
      return { element: <NewPasswordPage mode="reset" /> };
    },
  },
  {
    path: 'account/uitnodiging',
    lazy: async () => {
      const { NewPasswordPage } = await import('./pages/account/new-password-page.tsx');
      return { element: <NewPasswordPage mode="invite" /> };
    },
  },
  {
    path: 'mijn/meldingen',
    lazy: async () => ({ Component: (await import('./pages/alerts/alerts-page.tsx')).AlertsPage }),
  },
  {
    path: 'meldingen/afmelden',
    lazy: async () => ({ Component: (await import('./pages/alerts/unsubscribe-page.tsx')).UnsubscribePage }),
  },
  {
    path: 'mijn/gegevens',
    lazy: async () => ({ Component: (await import('./pages/data/data-page.tsx')).DataPage }),
  },
  {
    path: 'werkgever/vacatures/:id/bewerken',
    lazy: async () => ({ Component: (await import('./pages/employer/edit-vacancy-page.tsx')).EditVacancyPage }),
  },
];
