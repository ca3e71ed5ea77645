import type { Page } from 'playwright-core';
import { demoPassword } from './accounts.ts';

/**
 * Set-up through the public API, for steps a test needs but does not test (an employer posting a
 * vacancy before an alert runs). Signs in like any API client and sends the CSRF header.
 */
export async function apiAs(baseUrl: string, email: string) {
  const signIn = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }',
      variables: { e: email, p: demoPassword },
    }),
  });
  const token = ((await signIn.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
  return async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${body.errors.map((e) => e.message).join('; ')}`);
    return body.data as T;
  };
}

/** The development mail page, as a person would read it: the newest mail to `to` whose subject matches. */
export async function openMail(page: Page, to: string, subject: RegExp): Promise<string> {
  for (let tries = 0; tries < 20; tries++) {
    await page.goto('/dev/mail');
    const mail = page
      .getByTestId('mail')
      .filter({ has: page.getByTestId('mail-to').getByText(to, { exact: true }) })
      .filter({ has: page.getByRole('heading', { name: subject }) })
      .first();
    if ((await mail.count()) > 0) return mail.locator('pre').innerText();
    await page.waitForTimeout(250);
  }
  throw new Error(`No mail to ${to} with subject ${subject}`);
}

export const linkIn = (text: string, path: string): string => {
  const match = new RegExp(`https?://[^\\s]+${path}\\?token=[^\\s]+`).exec(text);
  if (!match) throw new Error(`No ${path} link in:\n${text}`);
  return match[0];
};
