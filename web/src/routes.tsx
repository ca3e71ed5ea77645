import { createBrowserRouter } from 'react-router';
import type { Role } from './gql/graphql.ts';
import { SiteLayout } from './layout/site-layout.tsx';
import { CrashPage } from './pages/info/crash-page.tsx';
import { NotFoundPage } from './pages/info/not-found-page.tsx';
import { StartPage } from './pages/start/start-page.tsx';
import { actRoutes } from './act-routes.tsx';

/** Role pages load on demand: most visitors search without an account and never need them. */
const rolePage = (role: Role) => async () => {
  const { RolePage } = await import('./pages/role/role-page.tsx');
  return { element: <RolePage role={role} /> };
};

/**
 * Every address of the app. Data comes from urql inside the pages, not from route loaders. The
 * pathless route catches render errors below the layout, so header and menu stay usable. Only the
 * start page is in the main bundle; every other page loads when visited, so a phone on a slow
 * connection gets the start page without the search, detail and account pages.
 */
export const router = createBrowserRouter([
  {
    element: <SiteLayout />,
    children: [
      {
        errorElement: <CrashPage />,
        children: [
          { index: true, element: <StartPage /> },
          {
            path: 'zoeken',
            lazy: async () => ({ Component: (await import('./pages/search/search-page.tsx')).SearchPage }),
          },
          {
            path: 'vacatures/:id',
            lazy: async () => ({ Component: (await import('./pages/vacancy/vacancy-page.tsx')).VacancyPage }),
          },
          {
            path: 'opleidingen/:id',
            lazy: async () => ({ Component: (await import('./pages/course/course-page.tsx')).CoursePage }),
          },
          {
            path: 'inloggen',
            lazy: async () => ({ Component: (await import('./pages/sign-in/sign-in-page.tsx')).SignInPage }),
          },
          { path: 'mijn', lazy: async () => ({ Component: (await import('./pages/mine/mine-page.tsx')).MinePage }) },
          {
            path: 'mijn/profiel',
            lazy: async () => ({ Component: (await import('./pages/profile/profile-page.tsx')).ProfilePage }),
          },
          {
            path: 'adviseur',
            lazy: async () => ({ Component: (await import('./pages/adviser/adviser-page.tsx')).AdviserPage }),
          },
          {
            path: 'adviseur/personen/:id',
            lazy: async () => ({ Component: (await import('./pages/adviser/person-page.tsx')).PersonPage }),
          },
          {
            path: 'adviseur/lijsten/:id',
            lazy: async () => ({ Component: (await import('./pages/adviser/shortlist-page.tsx')).ShortlistPage }),
          },
          {
            path: 'werkgever',
            lazy: async () => ({ Component: (await import('./pages/employer/employer-page.tsx')).EmployerPage }),
          },
          {
            path: 'werkgever/nieuw',
            lazy: async () => ({ Component: (await import('./pages/employer/post-vacancy-page.tsx')).PostVacancyPage }),
          },
          {
            path: 'werkgever/vacatures/:id',
            lazy: async () => ({ Component: (await import('./pages/employer/candidates-page.tsx')).CandidatesPage }),
          },
          { path: 'beheer', lazy: rolePage('ADMIN') },
          {
            path: 'toegankelijkheid',
            lazy: async () => ({ Component: (await import('./pages/info/accessibility-page.tsx')).AccessibilityPage }),
          },
          {
            path: 'privacy',
            lazy: async () => ({ Component: (await import('./pages/info/privacy-page.tsx')).PrivacyPage }),
          },
          {
            path: 'contact',
            lazy: async () => ({ Component: (await import('./pages/info/contact-page.tsx')).ContactPage }),
          },
          // Issue 13 part A: accounts by mail, alerts, the readable data page, the employer's edit page.
          ...actRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
