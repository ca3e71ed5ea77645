import { GraphQLError } from 'graphql';

/**
 * Expected failures, one convention for the whole schema: a GraphQL error with a stable
 * `extensions.code` and a plain-Dutch (B1) message. Input errors also list `extensions.fields`
 * (path + message) so forms can show each message beside its field. Unexpected errors are thrown
 * as they are and masked by Yoga.
 */
export const errorCodes = {
  badUserInput: 'BAD_USER_INPUT',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  disabled: 'SERVICE_DISABLED',
  rateLimited: 'RATE_LIMITED',
  emailNotConfirmed: 'EMAIL_NOT_CONFIRMED',
  mailUnavailable: 'MAIL_UNAVAILABLE',
  /** A request over one of the API's limits (depth, aliases, tokens, directives, cost): `extensions.limit` says which. */
  limitExceeded: 'LIMIT_EXCEEDED',
  /** More than one mutation field in one request (see docs/api.md: one change per request, all or nothing). */
  oneMutationPerRequest: 'ONE_MUTATION_PER_REQUEST',
  /** Matching is at capacity (too many waiting, or too many anonymous requests at once): try again soon. */
  busy: 'BUSY',
  /** Matching did not finish within its deadline. */
  timeout: 'TIMEOUT',
} as const;

export type FieldProblem = { path: string; message: string };

export function invalidInput(
  fields: FieldProblem[],
  message = 'Niet alles is goed ingevuld. Kijk de velden na.',
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.badUserInput, fields } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} bestaat niet (meer).`, { extensions: { code: errorCodes.notFound } });
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Log eerst in om dit te doen.', { extensions: { code: errorCodes.unauthenticated } });
}

export function forbidden(message = 'Je hebt geen toegang tot deze gegevens.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.forbidden } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.conflict } });
}

export function disabled(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.disabled } });
}

export function rateLimited(message: string, retryAfterSeconds?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: errorCodes.rateLimited,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    },
  });
}

export function busy(): GraphQLError {
  return new GraphQLError('Het is nu te druk. Probeer het over een paar seconden opnieuw.', {
    extensions: { code: errorCodes.busy, retryAfterSeconds: 2 },
  });
}

export function timedOut(): GraphQLError {
  return new GraphQLError('Dit duurde te lang. Probeer het opnieuw met minder tekst of minder resultaten.', {
    extensions: { code: errorCodes.timeout },
  });
}

export function emailNotConfirmed(): GraphQLError {
  return new GraphQLError(
    'Je hebt je e-mailadres nog niet bevestigd. Klik op de link in de mail die we je stuurden, of vraag een nieuwe mail aan.',
    { extensions: { code: errorCodes.emailNotConfirmed } },
  );
}

/** The mail server did not take the mail; what the person did is kept, so trying again later works. */
export function mailUnavailable(): GraphQLError {
  return new GraphQLError('We konden de e-mail nu niet versturen. Probeer het over een paar minuten opnieuw.', {
    extensions: { code: errorCodes.mailUnavailable },
  });
}
