/**
 * The text of a skill in the interface language. Not every ESCO skill has a Dutch label yet: then the
 * English one is shown, marked `lang="en"` so screen readers pronounce it right.
 */
export function skillText(
  skill: { labelNl?: string | null; labelEn: string },
  lang: 'nl' | 'en',
): { text: string; lang: 'nl' | 'en' } {
  if (lang === 'en' || !skill.labelNl) return { text: skill.labelEn, lang: 'en' };
  return { text: skill.labelNl, lang: 'nl' };
}
