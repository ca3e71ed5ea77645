import { createTransport } from 'nodemailer';

/** One mail as the use cases write it: plain text always, HTML beside it for mail programs that show it. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe on alert mails. */
  headers?: Record<string, string>;
}

/** The mail port: use cases send through it and never see SMTP. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string | undefined;
  pass?: string | undefined;
  from: string;
}

/**
 * Mail over SMTP with nodemailer, pooled so an alert run does not open a connection per mail. It
 * always asks for TLS where the server offers it; a plain local test server (the in-process one)
 * needs `ignoreTLS` only because it offers none.
 */
export function createSmtpMailer(settings: SmtpSettings, options: { local?: boolean } = {}): Mailer {
  const transport = createTransport({
    pool: true,
    maxConnections: 2,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ignoreTLS: options.local === true,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.pass ?? '' } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, ...mail });
    },
    close: () => transport.close(),
  };
}
