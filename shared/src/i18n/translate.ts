import type { Lang } from './language.ts';
import { exactEn, patternsEn } from './messages-en.ts';

/** The English of a Dutch message from messages-en.ts, or undefined when it has none. */
export function toEnglish(dutch: string): string | undefined {
  const exact = exactEn[dutch];
  if (exact !== undefined) return exact;
  for (const [pattern, english] of patternsEn) {
    const m = pattern.exec(dutch);
    if (m) return english(m);
  }
  return undefined;
}

/**
 * A message in the chosen language. Dutch is the source, so it is returned as it is; in English a
 * message without a translation becomes `fallback` (a general English text), never Dutch.
 */
export function inLanguage(lang: Lang, dutch: string, fallback: string): string {
  if (lang === 'nl') return dutch;
  return toEnglish(dutch) ?? fallback;
}
