import { describe, expect, it } from 'vitest';
import { redactUrl } from './log-redaction.ts';

describe('URLs in the request log', () => {
  it('drop the query string and every id or token in the path', () => {
    expect(redactUrl('/graphql?query=%7Bprofile(id%3A%22prf_abc123%22)%7D')).toBe('/graphql');
    expect(redactUrl('/adviseur/mensen/prf_x7YqZ91-aa')).toBe('/adviseur/mensen/:id');
    expect(redactUrl('/afmelden/4f9a8b7c6d5e4f3a2b1c0d9e')).toBe('/afmelden/:token');
    expect(redactUrl('/account/sanne%40example.nl')).toBe('/account/:id');
    expect(redactUrl('/zoeken/vacatures')).toBe('/zoeken/vacatures');
    expect(redactUrl('/assets/index-DkT8x0aBcd12.js')).toBe('/assets/index-DkT8x0aBcd12.js');
  });
});
