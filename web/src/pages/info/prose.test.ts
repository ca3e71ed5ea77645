import { describe, expect, it } from 'vitest';
import { accessibilityStatement } from './accessibility-text.ts';
import { contactPage } from './contact-text.ts';
import { privacyStatement } from './privacy-text.ts';
import { parseInline } from './prose.ts';

describe('prose pages', () => {
  it('reads links, Dutch names and placeholders inside a text', () => {
    expect(parseInline('Mail {{e-mailadres}} of lees de [[/privacy|privacyverklaring]] van <<Werkbrug>>.')).toEqual([
      { kind: 'text', text: 'Mail ' },
      { kind: 'placeholder', text: 'e-mailadres' },
      { kind: 'text', text: ' of lees de ' },
      { kind: 'link', to: '/privacy', text: 'privacyverklaring' },
      { kind: 'text', text: ' van ' },
      { kind: 'dutch', text: 'Werkbrug' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('has the same parts in Dutch and in English, with the same links and placeholders', () => {
    for (const prose of [privacyStatement, contactPage, accessibilityStatement]) {
      expect(prose.en.parts.length).toBe(prose.nl.parts.length);
      prose.nl.parts.forEach((part, i) => {
        const other = prose.en.parts[i];
        const shape = (texts: string[] = []) =>
          texts
            .flatMap(parseInline)
            .map((p) => (p.kind === 'link' ? `link ${p.to}` : p.kind))
            .filter((k) => k !== 'text');
        const all = (p: typeof part | undefined) => [
          ...(p?.paragraphs ?? []),
          ...(p?.items ?? []),
          ...(p?.facts ?? []).map(([, value]) => value),
        ];
        expect(
          shape(all(other)).filter((k) => k !== 'dutch'),
          part.heading,
        ).toEqual(shape(all(part)).filter((k) => k !== 'dutch'));
      });
    }
  });

  it('links only to pages that exist, and the statement gives a contact route and a date', () => {
    const links = [privacyStatement, contactPage, accessibilityStatement].flatMap((prose) =>
      [...prose.nl.parts, ...prose.en.parts]
        .flatMap((p) => [...(p.paragraphs ?? []), ...(p.items ?? [])])
        .flatMap(parseInline)
        .flatMap((p) => (p.kind === 'link' ? [p.to] : [])),
    );
    expect(new Set(links)).toEqual(new Set(['/contact', '/privacy', '/toegankelijkheid', '/mijn/profiel']));
    const facts = accessibilityStatement.nl.parts.flatMap((p) => p.facts ?? []).map(([label]) => label);
    expect(facts).toEqual(expect.arrayContaining(['Status', 'E-mail', 'Opgesteld op']));
  });
});
