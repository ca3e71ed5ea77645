import { errorCodes, type FieldProblem } from '../errors.ts';

/**
 * Errors the service did not write itself (graphql-js, Yoga, graphql-armor) read as ours: a stable
 * code and a plain-Dutch (B1) message. Their own texts are English and echo the input back ("got
 * invalid value <200,000 characters>"); here at most a short, cleaned prefix of a name survives.
 */
export interface ApiError {
  code: string;
  message: string;
  fields?: FieldProblem[];
  /** Which limit a LIMIT_EXCEEDED error is about. */
  limit?: string;
  /** An HTTP status to use instead of Yoga's choice. */
  status?: number;
}

/** The codes whose messages the service wrote itself, in Dutch. */
export const ownCodes: ReadonlySet<string> = new Set(Object.values(errorCodes));

/** The marker graphql-armor puts in its message (its own text is English and names the limit). */
export const limitMarker = (limit: string) => `werkbrug:limit:${limit}`;

const limitMessages: Record<string, string> = {
  depth: 'Deze vraag is te diep genest.',
  aliases: 'Deze vraag heeft te veel aliassen.',
  tokens: 'Deze vraag is te lang.',
  directives: 'Deze vraag heeft te veel directives.',
  cost: 'Deze vraag vraagt te veel werk tegelijk. Vraag minder velden of minder resultaten.',
};

/** A name from the request (field or variable), cut short and stripped to name characters. */
export const shortName = (name: string) => name.replace(/[^_A-Za-z0-9]/g, '').slice(0, 30);

const general = {
  internal: 'Er ging iets mis bij Werkbrug. Probeer het later opnieuw.',
  badRequest: 'Dit verzoek kunnen we niet lezen.',
  parse: 'De vraag aan de API is niet goed opgebouwd.',
  validation: 'De vraag past niet bij de API. Kijk in schema.graphql wat er kan.',
};

/** Reads an error that carries no code of ours. */
export function classifyForeign(message: string, code: string | undefined): ApiError {
  const limit = /werkbrug:limit:(\w+)/.exec(message)?.[1];
  if (limit && limitMessages[limit]) return { code: errorCodes.limitExceeded, message: limitMessages[limit], limit };
  if (/^Syntax Error: (Token limit|Document contains more)/.test(message))
    return { code: errorCodes.limitExceeded, message: limitMessages.tokens!, limit: 'tokens' };
  if (code === 'INTERNAL_SERVER_ERROR' || message === 'Unexpected error.')
    return { code: 'INTERNAL_SERVER_ERROR', message: general.internal };
  if (message.startsWith('Syntax Error:')) return { code: 'GRAPHQL_PARSE_FAILED', message: general.parse };
  const field = /^Cannot query field "([^"]*)"/.exec(message)?.[1];
  if (field !== undefined)
    return { code: 'GRAPHQL_VALIDATION_FAILED', message: `Dit veld bestaat niet: "${shortName(field)}".` };
  const missing = /^Variable "\$([^"]*)" of required type .* was not provided/.exec(message)?.[1];
  if (missing !== undefined) {
    const text = `Vul $${shortName(missing)} in.`;
    return { code: errorCodes.badUserInput, message: text, fields: [{ path: shortName(missing), message: text }] };
  }
  const variable = /^Variable "\$([^"]*)"/.exec(message)?.[1];
  if (variable !== undefined) {
    const text = `De waarde van $${shortName(variable)} klopt niet.`;
    return { code: errorCodes.badUserInput, message: text, fields: [{ path: shortName(variable), message: text }] };
  }
  if (/introspection has been disabled/i.test(message))
    return {
      code: 'INTROSPECTION_DISABLED',
      message: 'Het schema opvragen kan hier niet. Het staat in schema.graphql.',
    };
  if (/CSRF/i.test(message))
    return {
      code: 'CSRF_HEADER_MISSING',
      message: 'Deze vraag mist de kop x-graphql-yoga-csrf. Die is nodig om misbruik te voorkomen.',
    };
  if (code === 'GRAPHQL_VALIDATION_FAILED') {
    const literal = /cannot represent|Expected value of type|Expected type/i.test(message);
    return { code, message: literal ? 'Deze waarde heeft niet de goede vorm.' : general.validation };
  }
  if (code === 'GRAPHQL_PARSE_FAILED') return { code, message: general.parse };
  return { code: 'BAD_REQUEST', message: general.badRequest };
}

/** The general Dutch text for a code, used where a specific message has no English (translate.ts). */
export function generalMessage(code: string): string {
  switch (code) {
    case errorCodes.badUserInput:
      return 'Niet alles is goed ingevuld. Kijk de velden na.';
    case errorCodes.unauthenticated:
      return 'Log eerst in om dit te doen.';
    case errorCodes.forbidden:
      return 'Je hebt geen toegang tot deze gegevens.';
    case errorCodes.notFound:
      return 'Dit bestaat niet (meer).';
    case 'INTERNAL_SERVER_ERROR':
      return general.internal;
    case 'BAD_REQUEST':
      return general.badRequest;
    default:
      return 'Dit kan nu niet.';
  }
}
