import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The one urql client of the app. The API sits on the same origin as the app (the service serves
 * both; Vite proxies it in development).
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  // Answers can depend on the session cookie, so they go by POST: never into a shared HTTP cache.
  preferGetMethod: false,
  fetchOptions: () => ({
    // Sign-in sets an HttpOnly session cookie; every request must carry it.
    credentials: 'include',
    headers: {
      // Yoga's CSRF prevention rejects requests without this header.
      'x-graphql-yoga-csrf': '1',
      // The API answers errors in the visitor's language; the language switch keeps <html lang> current.
      'accept-language': document.documentElement.lang === 'en' ? 'en' : 'nl',
    },
  }),
});
