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

export function forbidden(): GraphQLError {
  return new GraphQLError('Je hebt geen toegang tot deze gegevens.', { extensions: { code: errorCodes.forbidden } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.conflict } });
}

export function disabled(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.disabled } });
}

export function rateLimited(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.rateLimited } });
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
