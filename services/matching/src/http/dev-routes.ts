import type { FastifyInstance } from 'fastify';
import type { DevMailbox, ReceivedMail } from '../mail/dev-mailbox.ts';
import { escapeHtml } from '../mail/html.ts';

/** Plain text with its web addresses made into links, so a confirmation link can be followed from the page. */
const linked = (text: string) =>
  escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

function page(mails: ReceivedMail[]): string {
  const items = mails
    .map(
      (m) => `<article aria-labelledby="mail-${m.id}" data-testid="mail">
  <h2 id="mail-${m.id}">${escapeHtml(m.subject)}</h2>
  <p>Aan / to: <span data-testid="mail-to">${escapeHtml(m.to.join(', '))}</span> · ${escapeHtml(m.receivedAt)}</p>
  <pre>${linked(m.text)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verstuurde mail (ontwikkeling) - Werkbrug</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}article{border-bottom:1px solid #767676;margin-bottom:1rem}</style>
</head><body><main>
<h1>Verstuurde mail</h1>
<p>Alleen voor ontwikkelen en testen: deze mail ging naar de SMTP-server in de service, niet naar echte mensen. Nieuwste eerst.</p>
${items || '<p>Nog geen mail verstuurd.</p>'}
</main></body></html>`;
}

/**
 * Development-only pages: what the in-process SMTP server received, and running the alert job now.
 * In production they answer 404, whatever else is configured, so they never leak mail or work.
 */
export function registerDevRoutes(
  app: FastifyInstance,
  options: { production: boolean; mailbox: DevMailbox | null | undefined; runAlerts?: () => Promise<unknown> },
): void {
  const refuse = { error: 'Niet beschikbaar in productie / not available in production' };
  app.get('/dev/mail', async (_req, reply) => {
    if (options.production || !options.mailbox) return reply.status(404).send(refuse);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(page(options.mailbox.messages()));
  });
  app.get('/dev/mail.json', async (_req, reply) => {
    if (options.production || !options.mailbox) return reply.status(404).send(refuse);
    return reply.header('cache-control', 'no-store').send(options.mailbox.messages());
  });
  app.post('/dev/alerts/run', async (_req, reply) => {
    if (options.production || !options.runAlerts) return reply.status(404).send(refuse);
    return reply.send(await options.runAlerts());
  });
}
