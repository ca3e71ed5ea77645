import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { errorMessage, fieldProblems } from './errors.ts';

const apiError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('errors from the API, as the visitor reads them', () => {
  for (const [lang, t] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    const texts = { network: t.site.networkError, unknown: t.site.unknownError, byCode: t.apiErrors };

    it(`shows the dictionary text for general codes (${lang})`, () => {
      for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'LIMIT_EXCEEDED', 'ONE_MUTATION_PER_REQUEST']) {
        expect(errorMessage(apiError('whatever the API said', { code }), texts)).toEqual({
          text: t.apiErrors[code],
          fromApi: false,
        });
      }
    });

    it(`shows the API's own text where it is specific, and never a masked one (${lang})`, () => {
      const wait = apiError('Wacht 8 seconden.', { code: 'RATE_LIMITED' });
      expect(errorMessage(wait, texts)).toEqual({ text: 'Wacht 8 seconden.', fromApi: true });
      expect(errorMessage(apiError('Unexpected', { code: 'INTERNAL_SERVER_ERROR' }), texts).text).toBe(
        t.site.unknownError,
      );
      expect(errorMessage(new CombinedError({ networkError: new Error('offline') }), texts).text).toBe(
        t.site.networkError,
      );
    });
  }

  it('reads one field problem per path', () => {
    const error = apiError('x', {
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'postcode', message: 'a' },
        { path: 'postcode', message: 'b' },
        { path: 'hoursMax', message: 'c' },
      ],
    });
    expect(fieldProblems(error)).toEqual([
      { path: 'postcode', message: 'a' },
      { path: 'hoursMax', message: 'c' },
    ]);
  });
});
