import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { languageOf } from './language.ts';
import { exactEn } from './messages-en.ts';
import { inLanguage, toEnglish } from './translate.ts';
import { dutchZodMessage } from './zod-messages.ts';

describe('messages in two languages', () => {
  it('picks the language of a request by weight, Dutch by default', () => {
    expect(languageOf(undefined)).toBe('nl');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-GB,en;q=0.9,nl;q=0.8')).toBe('en');
    expect(languageOf('de-DE,nl;q=0.5,en;q=0.4')).toBe('nl');
    expect(languageOf('fr, en;q=0')).toBe('nl');
  });

  it('translates exact messages and messages with numbers or names', () => {
    expect(toEnglish('Log eerst in om dit te doen.')).toBe('Please sign in first.');
    expect(toEnglish('De functietitel is te lang (hoogstens 120 tekens).')).toBe(
      'The job title is too long (120 characters at most).',
    );
    expect(toEnglish('Deze vacature bestaat niet (meer).')).toBe('This vacancy does not exist (any more).');
  });

  it('never answers in Dutch when English was chosen', () => {
    expect(inLanguage('en', 'Een zin die niemand vertaalde.', 'Something is wrong.')).toBe('Something is wrong.');
    expect(inLanguage('nl', 'Een zin die niemand vertaalde.', 'Something is wrong.')).toBe(
      'Een zin die niemand vertaalde.',
    );
  });

  it('has English for every Dutch message zod checks fall back to', () => {
    const schemas = [
      [z.string().max(3), 'abcd'],
      [z.string().min(1), ''],
      [z.string().min(5), 'ab'],
      [z.array(z.number()).max(1), [1, 2]],
      [z.array(z.number()).min(2), [1]],
      [z.number().max(3), 9],
      [z.number().min(3), 1],
      [z.number(), 'x'],
      [z.string(), undefined],
      [z.string(), 5],
      [z.url(), 'nope'],
      [z.email(), 'nope'],
      [z.enum(['a', 'b']), 'c'],
      [z.strictObject({}), { x: 1 }],
      [z.string().refine(() => false), 'x'],
    ] as const;
    for (const [schema, value] of schemas) {
      const result = (schema as z.ZodType).safeParse(value, { error: dutchZodMessage });
      expect(result.success).toBe(false);
      for (const issue of result.error?.issues ?? []) expect(toEnglish(issue.message), issue.message).toBeDefined();
    }
  });

  it('keeps every English text free of Dutch leftovers', () => {
    for (const english of Object.values(exactEn)) expect(english).not.toMatch(/\b(het|een|niet|je|kies|vul)\b/i);
  });
});
