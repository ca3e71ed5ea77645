import { describe } from 'vitest';
import { accessibilitySpecs } from './specs/accessibility.ts';
import { keyboardSpecs } from './specs/keyboard.ts';
import { languageSpecs } from './specs/language.ts';
import { searchSpecs } from './specs/search.ts';
import { signInSpecs } from './specs/sign-in.ts';
import { typingSpecs } from './specs/typing.ts';
import { browserAvailable } from './testkit/browser.ts';
import { useE2E } from './testkit/e2e.ts';

/**
 * Werkbrug in a real browser: the built web app served by the built service, with demo data.
 * One service and one browser for all specs (see testkit/e2e.ts).
 */
describe.skipIf(!browserAvailable())('Werkbrug in the browser', () => {
  const e2e = useE2E();
  describe('typing a search', () => typingSpecs(e2e));
  describe('searching', () => searchSpecs(e2e));
  describe('keyboard only', () => keyboardSpecs(e2e));
  describe('signing in', () => signInSpecs(e2e));
  describe('language', () => languageSpecs(e2e));
  describe('accessibility', () => accessibilitySpecs(e2e));
});
