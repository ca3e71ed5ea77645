import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type AddressObject } from 'mailparser';

/** A mail as the in-process server received it, parsed, for the development page and the tests. */
export interface ReceivedMail {
  id: number;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

export interface DevMailbox {
  host: string;
  port: number;
  /** Newest first. */
  messages(): ReceivedMail[];
  close(): Promise<void>;
}

/** What the development page keeps: enough for a few days of trying things out, never unbounded. */
const keep = 200;

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));

/**
 * A real SMTP server inside the service, for development and tests only: mail really goes out over
 * SMTP through nodemailer (the same path as production), and lands here instead of in an inbox.
 * It listens on the loopback address only, takes any sender and recipient, and asks no password.
 */
export async function startDevMailbox(): Promise<DevMailbox> {
  const received: ReceivedMail[] = [];
  let next = 1;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    banner: 'Werkbrug development mailbox',
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const headers: Record<string, string> = {};
          // Raw header lines: parsed ones (List-*, addresses) are objects, the page wants text.
          for (const { key, line } of mail.headerLines) headers[key] = line.slice(line.indexOf(':') + 1).trim();
          received.unshift({
            id: next++,
            receivedAt: new Date().toISOString(),
            from: addresses(mail.from)[0] ?? '',
            to: addresses(mail.to),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            headers,
          });
          received.length = Math.min(received.length, keep);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    messages: () => [...received],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
