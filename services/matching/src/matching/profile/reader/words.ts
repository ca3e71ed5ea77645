import { normalise } from '@werkbrug/text/tokenize';
import { stemDutch } from '@werkbrug/text/stem-dutch';

/**
 * How typed text and labels are brought to one form before they are compared: folded ("caissière" ->
 * "caissiere"), split on anything but letters and digits ("pm'er" -> "pm er"), and for words, a key that
 * ignores spaces and hyphens so joined and split compounds meet ("bagage medewerker" = "bagagemedewerker").
 */
export const key = (text: string): string => normalise(text);
export const joined = (text: string): string => key(text).replace(/ /g, '');
export const words = (text: string): string[] => key(text).split(' ').filter(Boolean);

/** Words that carry no meaning in a typed title or skill ("agent bij de politie"). */
export const fillers: ReadonlySet<string> = new Set(
  'de het een en van in op met voor aan te of bij om door naar over uit als tot die dat er the a an and of to at for with in'.split(
    ' ',
  ),
);

/**
 * Female and plural forms of Dutch job words brought back to the form ESCO and the lexicon use: the
 * rules are the productive Dutch suffixes (-ster, -e after -ent/-ant, -euse, -trice, -in), each tried only
 * as an extra variant, so a word that really ends that way still matches itself first.
 */
const genderRules: [RegExp, string][] = [
  [/ster$/, 'er'],
  [/ster$/, ''],
  [/sters$/, 'ers'],
  [/euse$/, 'eur'],
  [/trice$/, 'teur'],
  [/(ent|ant|ist|aat)e$/, '$1'],
  [/kokkin$/, 'kok'],
  [/(ss|ar|es|in)e$/, '$1'],
  [/ere$/, 'er'],
  [/ieres?$/, 'ier'],
  [/vrouw$/, 'man'],
  [/dame$/, 'man'],
  [/s$/, ''],
  [/en$/, ''],
];

export function wordVariants(word: string): string[] {
  const out = new Set<string>([word]);
  for (const [re, to] of genderRules) {
    if (re.test(word)) {
      const v = word.replace(re, to);
      if (v.length >= 3) out.add(v);
    }
  }
  return [...out];
}

/**
 * Variants of a whole key: each word in turn replaced by its variants (few words, few variants), and for
 * two words the swapped order, since Dutch writes "medewerker winkel" for "winkelmedewerker".
 */
export function keyVariants(text: string): string[] {
  const ws = words(text);
  const out = new Set<string>([ws.join(' ')]);
  const orders = ws.length === 2 ? [ws, [ws[1]!, ws[0]!]] : [ws];
  for (const order of orders) {
    out.add(order.join(' '));
    order.forEach((w, i) => {
      for (const v of wordVariants(w)) out.add([...order.slice(0, i), v, ...order.slice(i + 1)].join(' '));
    });
  }
  return [...out];
}

/** Contiguous runs of the words, longest first (then leftmost), shorter than the whole. */
export function subPhrases(text: string): string[] {
  const ws = words(text);
  const out: string[] = [];
  for (let n = ws.length - 1; n >= 1; n--)
    for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
  return out;
}

export const stem = (word: string): string => stemDutch(word);
