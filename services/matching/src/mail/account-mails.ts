import { compose } from './layout.ts';

/** The mails about an account. Links carry a one-time token and stop working after use. */

export const confirmEmailMail = (to: string, name: string, url: string, hours: number) =>
  compose(
    to,
    { nl: 'Bevestig je e-mailadres voor Werkbrug', en: 'Confirm your e-mail address for Werkbrug' },
    {
      paragraphs: [
        `Hallo ${name},`,
        'Je hebt een account gemaakt bij Werkbrug. Klik op de link hieronder om je e-mailadres te bevestigen. Daarna kun je inloggen.',
      ],
      action: { label: 'E-mailadres bevestigen', url },
      footer: [`De link werkt ${hours} uur en maar één keer. Heb jij dit niet gedaan? Dan kun je deze mail negeren.`],
    },
    {
      paragraphs: [
        `Hello ${name},`,
        'You created an account at Werkbrug. Open the link below to confirm your e-mail address. Then you can sign in.',
      ],
      action: { label: 'Confirm e-mail address', url },
      footer: [`The link works for ${hours} hours and only once. Was this not you? Then you can ignore this mail.`],
    },
  );

export const alreadyRegisteredMail = (to: string, signInUrl: string, resetUrl: string) =>
  compose(
    to,
    { nl: 'Je hebt al een account bij Werkbrug', en: 'You already have a Werkbrug account' },
    {
      paragraphs: [
        'Iemand wilde een nieuw account maken met dit e-mailadres. Maar je hebt al een account.',
        `Log in op ${signInUrl}. Weet je je wachtwoord niet meer? Maak dan een nieuw wachtwoord:`,
      ],
      action: { label: 'Nieuw wachtwoord maken', url: resetUrl },
      footer: ['Heb jij dit niet gedaan? Dan kun je deze mail negeren.'],
    },
    {
      paragraphs: [
        'Someone tried to create a new account with this e-mail address. But you already have one.',
        `Sign in at ${signInUrl}. Forgot your password? Make a new one:`,
      ],
      action: { label: 'Make a new password', url: resetUrl },
      footer: ['Was this not you? Then you can ignore this mail.'],
    },
  );

export const resetPasswordMail = (to: string, url: string, hours: number) =>
  compose(
    to,
    { nl: 'Een nieuw wachtwoord voor Werkbrug', en: 'A new password for Werkbrug' },
    {
      paragraphs: ['Je vroeg om een nieuw wachtwoord. Klik op de link hieronder en kies een nieuw wachtwoord.'],
      action: { label: 'Nieuw wachtwoord kiezen', url },
      footer: [
        `De link werkt ${hours} uur en maar één keer. Heb jij dit niet gevraagd? Dan kun je deze mail negeren. Je wachtwoord blijft dan hetzelfde.`,
      ],
    },
    {
      paragraphs: ['You asked for a new password. Open the link below and choose a new password.'],
      action: { label: 'Choose a new password', url },
      footer: [
        `The link works for ${hours} hours and only once. Did you not ask for this? Then ignore this mail; your password stays the same.`,
      ],
    },
  );

export const inviteMail = (to: string, adviserName: string, url: string, days: number) =>
  compose(
    to,
    { nl: 'Je werkadviseur nodigt je uit voor Werkbrug', en: 'Your work adviser invites you to Werkbrug' },
    {
      paragraphs: [
        `${adviserName} is je werkadviseur en heeft een profiel voor je gemaakt in Werkbrug.`,
        'Kies een wachtwoord. Daarna zie je vacatures die bij je passen en de lijsten die je werkadviseur met je deelt.',
      ],
      action: { label: 'Wachtwoord kiezen', url },
      footer: [`De link werkt ${days} dagen en maar één keer. Vragen? Neem contact op met je werkadviseur.`],
    },
    {
      paragraphs: [
        `${adviserName} is your work adviser and made a profile for you in Werkbrug.`,
        'Choose a password. Then you see vacancies that fit you and the lists your adviser shares with you.',
      ],
      action: { label: 'Choose a password', url },
      footer: [`The link works for ${days} days and only once. Questions? Contact your work adviser.`],
    },
  );
