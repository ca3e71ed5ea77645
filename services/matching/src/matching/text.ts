/**
 * Text normalisation shared by the taxonomy lookup and the skill relatedness model. Dutch and English
 * labels are compared after folding diacritics ("cliënten" = "clienten"), so that what people type
 * on a phone keyboard still matches.
 */

const diacritics = /[\u0300-\u036f]/g;

/** Lower-case, diacritics folded, every run of non-alphanumerics one space, trimmed. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(diacritics, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  const n = normalise(text);
  return n.length === 0 ? [] : n.split(' ');
}

/** Function words of Dutch and English that carry no meaning for matching skills. */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'de het een en van in op met voor aan te of bij om door naar over uit als tot die dat er zijn je jouw ' +
    'the a an and of to in on for with by or at from as into their own other others be is are'
  ).split(' '),
);

/**
 * A deliberately crude stemmer for both languages: strips the common inflection endings of longer
 * words only, so that "klanten"/"klant" and "verlenen"/"verleen" meet while short words stay intact.
 */
export function stem(word: string): string {
  if (word.length <= 5) return word;
  return word.replace(/(ingen|ing|en|es|ed|s|e)$/, '');
}

/** Content words, stemmed: the unit the relatedness model compares. */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !stopwords.has(w))
    .map(stem);
}
