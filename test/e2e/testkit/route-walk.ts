import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { demoPassword } from './accounts.ts';
import type { E2E } from './e2e.ts';

/**
 * Every address of the web app, as each kind of visitor sees it, for checks that must hold on every
 * page (no Dutch in English mode, no sideways scrolling at 320 px). Pages that need an id get one
 * from the demo data; the walk uses the second demo accounts, so the journeys of the other specs
 * keep their own data to themselves.
 */
export type Who = 'visitor' | 'jobseeker' | 'adviser' | 'employer' | 'admin';

const accounts: Record<Exclude<Who, 'visitor'>, string> = {
  jobseeker: 'werkzoekende2@demo.werkbrug.nl',
  adviser: 'adviseur2@demo.werkbrug.nl',
  employer: 'werkgever2@demo.werkbrug.nl',
  admin: 'beheer@demo.werkbrug.nl',
};

export interface Ids {
  vacancy: string;
  course: string;
  person: string;
  list: string;
  ownVacancy: string;
}

export interface Stop {
  /** The route in web/src/routes.tsx this stop covers ('' for the start page, '*' for not found). */
  route: string;
  who: Who;
  url: (ids: Ids) => string;
}

/** A token of the right form that opens nothing: the pages show their "this link does not work" state. */
const deadToken = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

export const stops: Stop[] = [
  { route: '', who: 'visitor', url: () => '/' },
  { route: 'zoeken', who: 'visitor', url: () => '/zoeken' },
  { route: 'zoeken', who: 'visitor', url: () => '/zoeken?soort=opleidingen' },
  { route: 'vacatures/:id', who: 'visitor', url: (ids) => `/vacatures/${ids.vacancy}` },
  { route: 'opleidingen/:id', who: 'visitor', url: (ids) => `/opleidingen/${ids.course}` },
  { route: 'inloggen', who: 'visitor', url: () => '/inloggen' },
  { route: 'toegankelijkheid', who: 'visitor', url: () => '/toegankelijkheid' },
  { route: 'privacy', who: 'visitor', url: () => '/privacy' },
  { route: 'contact', who: 'visitor', url: () => '/contact' },
  { route: '*', who: 'visitor', url: () => '/bestaat-niet' },
  { route: 'mijn', who: 'visitor', url: () => '/mijn' },
  { route: 'werkgever', who: 'visitor', url: () => '/werkgever' },
  { route: 'mijn', who: 'jobseeker', url: () => '/mijn' },
  { route: 'mijn/profiel', who: 'jobseeker', url: () => '/mijn/profiel' },
  { route: 'adviseur', who: 'jobseeker', url: () => '/adviseur' },
  { route: '', who: 'jobseeker', url: () => '/' },
  { route: 'adviseur', who: 'adviser', url: () => '/adviseur' },
  { route: 'adviseur/personen/:id', who: 'adviser', url: (ids) => `/adviseur/personen/${ids.person}` },
  { route: 'adviseur/lijsten/:id', who: 'adviser', url: (ids) => `/adviseur/lijsten/${ids.list}` },
  { route: 'werkgever', who: 'employer', url: () => '/werkgever' },
  { route: 'werkgever/nieuw', who: 'employer', url: () => '/werkgever/nieuw' },
  { route: 'werkgever/vacatures/:id', who: 'employer', url: (ids) => `/werkgever/vacatures/${ids.ownVacancy}` },
  { route: 'beheer', who: 'admin', url: () => '/beheer' },
  // Issue 13 part A (web/src/act-routes.tsx): mail links with a token that does not work, alerts, data, editing.
  { route: 'account/registreren', who: 'visitor', url: () => '/account/registreren' },
  { route: 'account/bevestigen', who: 'visitor', url: () => `/account/bevestigen?token=${deadToken}` },
  { route: 'account/wachtwoord-vergeten', who: 'visitor', url: () => '/account/wachtwoord-vergeten' },
  { route: 'account/nieuw-wachtwoord', who: 'visitor', url: () => `/account/nieuw-wachtwoord?token=${deadToken}` },
  { route: 'account/uitnodiging', who: 'visitor', url: () => `/account/uitnodiging?token=${deadToken}` },
  { route: 'meldingen/afmelden', who: 'visitor', url: () => `/meldingen/afmelden?token=${deadToken}` },
  { route: 'mijn/meldingen', who: 'jobseeker', url: () => '/mijn/meldingen' },
  { route: 'mijn/gegevens', who: 'jobseeker', url: () => '/mijn/gegevens' },
  {
    route: 'werkgever/vacatures/:id/bewerken',
    who: 'employer',
    url: (ids) => `/werkgever/vacatures/${ids.ownVacancy}/bewerken`,
  },
];

/** The routes web/src/routes.tsx (and act-routes.tsx) declare, so a new page cannot be left out of the walk unnoticed. */
export function declaredRoutes(): string[] {
  const source = ['routes.tsx', 'act-routes.tsx']
    .map((file) => readFileSync(new URL(`../../../web/src/${file}`, import.meta.url), 'utf8'))
    .join('\n');
  const paths = [...source.matchAll(/\bpath: '([^']+)'/g)].map((m) => m[1] ?? '');
  return /\bindex: true\b/.test(source) ? ['', ...paths] : paths;
}

/** A GraphQL request from inside the page, with its session cookie, as the web app makes them. */
export async function gqlInPage<T = any>(page: Page, query: string, variables: object = {}): Promise<T> {
  const body = await page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return res.json();
    },
    [query, variables] as const,
  );
  if (body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** Signs in through the API (the sign-in form has its own spec) and keeps the session cookie. */
export async function signInQuickly(page: Page, who: Exclude<Who, 'visitor'>): Promise<void> {
  await page.goto('/inloggen');
  await gqlInPage(page, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }', {
    e: accounts[who],
    p: demoPassword,
  });
}

/** Ids from the demo data, and a list with one item that the walk's adviser owns. */
export async function findIds(e2e: E2E): Promise<Ids> {
  const page = await e2e.newPage();
  await page.goto('/inloggen');
  const found = await gqlInPage(
    page,
    '{ vacancies(first: 1, query: "zorg") { hits { node { id } } } courses(first: 1) { hits { node { id } } } }',
  );
  const vacancy = found.vacancies.hits[0].node.id;
  await signInQuickly(page, 'adviser');
  const { caseload } = await gqlInPage(page, '{ caseload(first: 1) { items { id } } }');
  const person = caseload.items[0].id;
  const { createShortlist } = await gqlInPage(
    page,
    'mutation($p: ID!) { createShortlist(name: "Rondgang", profileId: $p) { id } }',
    { p: person },
  );
  await gqlInPage(
    page,
    'mutation($l: ID!, $v: ID!) { addShortlistItem(shortlistId: $l, kind: VACANCY, refId: $v, note: "Bel eerst") { id } }',
    { l: createShortlist.id, v: vacancy },
  );
  await signInQuickly(page, 'employer');
  const { myVacancies } = await gqlInPage(page, '{ myVacancies(first: 100) { items { id status } } }');
  const open = myVacancies.items.find((v: { status: string }) => v.status === 'OPEN');
  return {
    vacancy,
    course: found.courses.hits[0].node.id,
    person,
    list: createShortlist.id,
    ownVacancy: open.id,
  };
}

/** Waits until the page shows its answer: a heading, no request under way, nothing still loading. */
export async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.loading, [aria-busy="true"]'));
}

/**
 * Walks the stops one visitor at a time (one browser context per kind of visitor), calling `check`
 * on each settled page. `options` sets the viewport or other context options; `english` switches
 * the interface to English before the first page loads, as a returning visitor who chose it.
 */
export async function walk(
  e2e: E2E,
  ids: Ids,
  check: (page: Page, stop: Stop, url: string) => Promise<void>,
  { english = false, options = {} }: { english?: boolean; options?: BrowserContextOptions } = {},
): Promise<void> {
  const order: Who[] = ['visitor', 'jobseeker', 'adviser', 'employer', 'admin'];
  for (const who of order) {
    const page = await e2e.newPage(options);
    if (english) await page.addInitScript(() => localStorage.setItem('werkbrug.lang', 'en'));
    if (who !== 'visitor') await signInQuickly(page, who);
    for (const stop of stops.filter((s) => s.who === who)) {
      const url = stop.url(ids);
      await page.goto(url);
      await settle(page);
      await check(page, stop, url);
    }
  }
}
