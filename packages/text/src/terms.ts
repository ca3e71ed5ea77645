/**
 * Content terms for comparing labels by meaning (the matching engine's skill relatedness): folded
 * tokens without function words, stemmed, so "klanten"/"klant" and "verlenen"/"verleen" meet.
 */
import { stemDutch } from './stem-dutch.ts';
import { tokenize } from './tokenize.ts';

/** Function words of Dutch and English that carry no meaning for matching skills. */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'de het een en van in op met voor aan te of bij om door naar over uit als tot die dat er zijn je jouw ' +
    'the a an and of to in on for with by or at from as into their own other others be is are'
  ).split(' '),
);

/** Content words, stemmed: the unit the relatedness model compares. */
export function contentTerms(text: string): string[] {
  return tokenize(text)
    .filter((w) => w.length > 1 && !stopwords.has(w))
    .map(stemDutch);
}
