import { expect, test } from 'vitest';
import type { E2E } from '../testkit/e2e.ts';
import { focusSettled, focused } from '../testkit/focus.ts';
import { gqlInPage, settle, signInQuickly } from '../testkit/route-walk.ts';
import { waitForResults } from '../testkit/search-page.ts';

/**
 * When an action removes the element that has focus, focus must land in a sensible place (WCAG 2.4.3),
 * never on the page itself, where a keyboard or screen-reader user would have to start again.
 */
export function focusSpecs(e2e: E2E) {
  test('closing a vacancy moves focus to the next open one, not to the page', async () => {
    const page = await e2e.newPage();
    await signInQuickly(page, 'employer');
    await page.goto('/werkgever');
    await settle(page);
    const open = page.getByTestId('vacancies-open').locator(':scope > li');
    const count = await open.count();
    expect(count).toBeGreaterThan(2);
    // The one before last: the next open one is the last.
    const closing = open.nth(count - 2);
    const next = await open
      .nth(count - 1)
      .locator('.match__title a')
      .innerText();
    await closing.getByRole('button', { name: /^Sluiten/ }).click();
    await closing.getByRole('button', { name: 'Ja, sluiten' }).click();
    await expect.poll(() => open.count()).toBe(count - 1);
    const where = await focusSettled(page);
    expect(where).toMatchObject({ tag: 'A', text: next });
  });

  test('closing a comparison or removing a list item moves focus to the item, the next one, or the list title', async () => {
    const page = await e2e.newPage();
    await signInQuickly(page, 'adviser');
    const { caseload } = await gqlInPage(page, '{ caseload(first: 2) { items { id } } }');
    const person = caseload.items[1].id;
    const { createShortlist: list } = await gqlInPage(
      page,
      'mutation($p: ID!) { createShortlist(name: "Focus", profileId: $p) { id } }',
      { p: person },
    );
    const { vacancies } = await gqlInPage(page, '{ vacancies(first: 2, query: "kok") { hits { node { id } } } }');
    for (const hit of vacancies.hits) {
      await gqlInPage(
        page,
        'mutation($l: ID!, $v: ID!) { addShortlistItem(shortlistId: $l, kind: VACANCY, refId: $v) { id } }',
        { l: list.id, v: hit.node.id },
      );
    }
    await page.goto(`/adviseur/lijsten/${list.id}`);
    await settle(page);
    const items = page.getByTestId('shortlist-items').locator(':scope > li');
    const second = await items.nth(1).locator('.match__title a').innerText();

    // Closing the comparison removes its button: focus returns to the first compared item.
    for (const n of [0, 1])
      await items
        .nth(n)
        .getByRole('checkbox', { name: /^Vergelijken/ })
        .check();
    await page.getByRole('button', { name: 'Vergelijking sluiten' }).click();
    expect(await focusSettled(page)).toMatchObject({ tag: 'INPUT' });
    await expect(
      items
        .nth(0)
        .getByRole('checkbox')
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);

    await items
      .nth(0)
      .getByRole('button', { name: /^Weghalen/ })
      .click();
    await expect.poll(() => items.count()).toBe(1);
    expect(await focusSettled(page)).toMatchObject({ tag: 'A', text: second });

    await items
      .nth(0)
      .getByRole('button', { name: /^Weghalen/ })
      .click();
    await page.getByText(/^Deze lijst is leeg\./).waitFor();
    expect(await focusSettled(page)).toMatchObject({ id: 'lijst-titel', text: 'Focus' });
  });

  test('removing a chosen skill moves focus to the next one, and to the skill field when none is left', async () => {
    const page = await e2e.newPage();
    await signInQuickly(page, 'employer');
    await page.goto('/werkgever/nieuw');
    await settle(page);
    const skillBox = page.getByRole('searchbox', { name: 'Vaardigheden' });
    for (const skill of ['wondzorg', 'hygiëne']) {
      await skillBox.fill(skill);
      await page.getByTestId('vac-skills-options').getByRole('button').first().click();
    }
    const chosen = page.getByTestId('chosen-skills').locator(':scope > li');
    await expect.poll(() => chosen.count()).toBe(2);
    const secondRemove = await chosen.nth(1).getByRole('button').innerText();

    await chosen.nth(0).getByRole('button').click();
    expect(await focusSettled(page)).toMatchObject({ tag: 'BUTTON', text: secondRemove });
    await chosen.nth(0).getByRole('button').click();
    expect(await focusSettled(page)).toMatchObject({ tag: 'INPUT', id: 'vac-skills' });
  });

  test('clearing the filters or the postcode keeps focus in the filter panel', async () => {
    const page = await e2e.newPage();
    await page.goto('/zoeken?q=zorg&bbl=ja');
    await waitForResults(page, 'zorg');
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    expect(await focusSettled(page)).toMatchObject({ tag: 'H2', text: 'Filters' });

    await page.getByRole('textbox', { name: 'Je postcode' }).fill('2011');
    await page.getByRole('button', { name: 'Zoek in de buurt' }).click();
    await page.getByRole('button', { name: 'Postcode wissen' }).click();
    const where = await focusSettled(page);
    expect(where.tag).toBe('INPUT');
    await expect(
      page.getByRole('textbox', { name: 'Je postcode' }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
  });

  test('saving a match to the list moves focus to the words that say it is saved', async () => {
    const page = await e2e.newPage();
    await signInQuickly(page, 'jobseeker');
    await page.goto('/mijn');
    await settle(page);
    const match = page.getByTestId('matches').locator(':scope > li').first();
    await match.getByRole('button', { name: /^Bewaar op mijn lijst/ }).click();
    await match.getByTestId('saved').waitFor();
    expect(await focusSettled(page)).toMatchObject({ text: expect.stringContaining('Bewaard op je lijst') });
    expect((await focused(page)).tag).toBe('P');
  });
}
