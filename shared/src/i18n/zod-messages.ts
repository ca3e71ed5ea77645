import type { z } from 'zod';

/**
 * Plain Dutch (B1) for every check that has no message of its own. zod's defaults are English and
 * technical ("Too big: expected string to have <=200 characters"); people must never see them. The
 * service installs this once (`z.config({ customError: dutchZodMessage })`); a schema's own message
 * always wins. English comes from the same dictionary as every other message (messages-en.ts).
 */
type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

export function dutchZodMessage(issue: Issue): string {
  switch (issue.code) {
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return `Dit is te lang (hoogstens ${max} tekens).`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Dit zijn er te veel (hoogstens ${max}).`;
      return `Dit getal is te groot (hoogstens ${max}).`;
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return min === '1' ? 'Vul dit in.' : `Dit is te kort (minstens ${min} tekens).`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Kies er minstens ${min}.`;
      return `Dit getal is te klein (minstens ${min}).`;
    }
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? 'Vul hier een getal in.'
        : issue.input === undefined || issue.input === null
          ? 'Vul dit in.'
          : 'Dit heeft niet de goede vorm.';
    case 'invalid_format':
      if (issue.format === 'url') return 'Vul een geldige link in die begint met https://.';
      if (issue.format === 'email') return 'Vul een geldig e-mailadres in.';
      if (issue.format === 'date') return 'Vul een datum in als JJJJ-MM-DD.';
      return 'Dit heeft niet de goede vorm.';
    case 'invalid_value':
      return 'Kies een van de mogelijkheden.';
    case 'not_multiple_of':
      return 'Dit getal klopt niet.';
    case 'unrecognized_keys':
      return 'Hier staat iets wat we niet kennen.';
    default:
      return 'Dit klopt niet.';
  }
}
