import type { Config } from '../env.ts';
import { startDevMailbox, type DevMailbox } from './dev-mailbox.ts';
import { createSmtpMailer, type Mailer } from './mailer.ts';

export interface MailSetup {
  mailer: Mailer;
  /** Outside production without SMTP_HOST: the in-process server that received the mail. */
  devMailbox: DevMailbox | null;
  close(): Promise<void>;
}

/**
 * Mail goes to SMTP_HOST when it is set. Outside production without one, a real SMTP server starts
 * inside the service and nodemailer sends to it, so development and tests use the production path.
 * (env.ts makes SMTP_HOST required in production.)
 */
export async function createMailSetup(config: Config, log: (msg: string) => void): Promise<MailSetup> {
  const from = config.MAIL_FROM;
  if (config.SMTP_HOST) {
    const mailer = createSmtpMailer({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      user: config.SMTP_USER,
      pass: config.SMTP_PASS,
      from,
    });
    return { mailer, devMailbox: null, close: async () => mailer.close() };
  }
  // env.ts already refuses production without SMTP_HOST; this keeps the rule where the server starts.
  if (config.production)
    throw new Error('SMTP_HOST is required in production: the development mail server never runs there');
  const devMailbox = await startDevMailbox();
  const mailer = createSmtpMailer(
    { host: devMailbox.host, port: devMailbox.port, secure: false, from },
    { local: true },
  );
  log(`No SMTP_HOST: mail goes to the development mailbox (see /dev/mail), SMTP on port ${devMailbox.port}`);
  return {
    mailer,
    devMailbox,
    close: async () => {
      mailer.close();
      await devMailbox.close();
    },
  };
}
