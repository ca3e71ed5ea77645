import { describe } from 'vitest';
import { accessibilitySpecs } from './specs/accessibility.ts';
import { accessibilityPageSpecs } from './specs/accessibility-pages.ts';
import { accountSpecs } from './specs/accounts.ts';
import { actingSpecs } from './specs/acting.ts';
import { actPagesSpecs } from './specs/act-pages.ts';
import { adviserSpecs } from './specs/adviser.ts';
import { employerSpecs } from './specs/employer.ts';
import { englishSpecs } from './specs/english.ts';
import { focusSpecs } from './specs/focus.ts';
import { keyboardSpecs } from './specs/keyboard.ts';
import { languageSpecs } from './specs/language.ts';
import { mineSpecs } from './specs/mine.ts';
import { profileSpecs } from './specs/profile.ts';
import { routesSpecs } from './specs/routes.ts';
import { reflowSpecs } from './specs/reflow.ts';
import { searchSpecs } from './specs/search.ts';
import { signInSpecs } from './specs/sign-in.ts';
import { startSpecs } from './specs/start.ts';
import { typingSpecs } from './specs/typing.ts';
import { browserAvailable } from './testkit/browser.ts';
import { useE2E } from './testkit/e2e.ts';

/**
 * Werkbrug in a real browser: the built web app served by the built service, with demo data.
 * One service and one browser for all specs (see testkit/e2e.ts).
 */
describe.skipIf(!browserAvailable())('Werkbrug in the browser', () => {
  const e2e = useE2E();
  describe('start page and quick check', () => startSpecs(e2e));
  describe('typing a search', () => typingSpecs(e2e));
  describe('searching', () => searchSpecs(e2e));
  describe('keyboard only', () => keyboardSpecs(e2e));
  describe('signing in', () => signInSpecs(e2e));
  describe('language', () => languageSpecs(e2e));
  describe('accessibility', () => accessibilitySpecs(e2e));
  describe('accessibility of the new pages', () => accessibilityPageSpecs(e2e));
  describe('jobseeker: my matches and lists', () => mineSpecs(e2e));
  describe('adviser: caseload and shortlists', () => adviserSpecs(e2e));
  describe('employer: vacancies and candidates', () => employerSpecs(e2e));
  describe('jobseeker: profile and career paths', () => profileSpecs(e2e));
  describe('acting on it: apply and sign up', () => routesSpecs(e2e));
  describe('English everywhere', () => englishSpecs(e2e));
  describe('reflow at 320 px', () => reflowSpecs(e2e));
  describe('focus after removal', () => focusSpecs(e2e));
  describe('accounts by mail', () => accountSpecs(e2e));
  describe('acting on advice: alerts, answers, caseload, undo, employers', () => actingSpecs(e2e));
  describe('new pages in both languages, at desktop and phone width', () => actPagesSpecs(e2e));
});
