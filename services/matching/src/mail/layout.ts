import type { OutgoingMail } from './mailer.ts';
import { escapeHtml } from './html.ts';

/** One language's part of a mail: short paragraphs, a button, and optionally a list of items. */
export interface MailPart {
  paragraphs: string[];
  action?: { label: string; url: string };
  items?: { title: string; lines: string[]; url: string }[];
  footer?: string[];
}

function textPart(part: MailPart): string {
  const lines = [...part.paragraphs];
  if (part.action) lines.push(`${part.action.label}: ${part.action.url}`);
  for (const item of part.items ?? [])
    lines.push([`- ${item.title}`, ...item.lines.map((l) => `  ${l}`), `  ${item.url}`].join('\n'));
  lines.push(...(part.footer ?? []));
  return lines.join('\n\n');
}

function htmlPart(part: MailPart, lang: 'nl' | 'en'): string {
  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const items = part.items?.length
    ? `<ul>${part.items
        .map(
          (i) =>
            `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a>${i.lines.map((l) => `<br>${escapeHtml(l)}`).join('')}</li>`,
        )
        .join('')}</ul>`
    : '';
  const action = part.action
    ? `<p><a href="${escapeHtml(part.action.url)}">${escapeHtml(part.action.label)}</a></p>`
    : '';
  const footer = (part.footer ?? []).map((f) => `<p style="font-size:90%">${escapeHtml(f)}</p>`).join('');
  return `<div lang="${lang}">${part.paragraphs.map(p).join('')}${action}${items}${footer}</div>`;
}

/**
 * Every mail in Dutch (B1) first and English below it: people choose their language in the web app,
 * but a mail may be read anywhere. Plain text always; the HTML has the same content and no images.
 */
export function compose(
  to: string,
  subject: { nl: string; en: string },
  nl: MailPart,
  en: MailPart,
  headers?: Record<string, string>,
): OutgoingMail {
  return {
    to,
    subject: `${subject.nl} / ${subject.en}`,
    text: `${textPart(nl)}\n\n-----\nEnglish\n\n${textPart(en)}\n`,
    html: `<!doctype html><html lang="nl"><body>${htmlPart(nl, 'nl')}<hr>${htmlPart(en, 'en')}</body></html>`,
    ...(headers ? { headers } : {}),
  };
}
