import type { Lang } from '../../i18n/format.ts';

/**
 * A page of prose (privacy, contact, accessibility), written per language in its own module: these
 * texts change with the organisation and with audits, not with the interface. Inside a text,
 * `[[/path|words]]` is a link within the app, `<<Naam>>` a Dutch name (read out in Dutch), and
 * `{{…}}` a detail only the organisation can fill in, shown as a visible placeholder.
 */
export interface ProsePart {
  heading: string;
  paragraphs?: string[];
  items?: string[];
  /** Label and value pairs (contact details, dates). */
  facts?: [string, string][];
}

export interface ProseText {
  title: string;
  intro: string;
  parts: ProsePart[];
}

export type Prose = Record<Lang, ProseText>;

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'link'; to: string; text: string }
  | { kind: 'dutch'; text: string }
  | { kind: 'placeholder'; text: string };

const token = /(\[\[[^\]|]+\|[^\]]+\]\]|<<[^>]+>>|\{\{[^}]+\}\})/;

/** Splits a text into plain words, links, Dutch names and placeholders. */
export function parseInline(text: string): Inline[] {
  return text
    .split(token)
    .filter((piece) => piece !== '')
    .map((piece): Inline => {
      if (piece.startsWith('[[')) {
        const [to = '', words = ''] = piece.slice(2, -2).split('|');
        return { kind: 'link', to, text: words };
      }
      if (piece.startsWith('<<')) return { kind: 'dutch', text: piece.slice(2, -2) };
      if (piece.startsWith('{{')) return { kind: 'placeholder', text: piece.slice(2, -2) };
      return { kind: 'text', text: piece };
    });
}
