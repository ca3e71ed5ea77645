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
  // Plurals of -man and -vrouw ("timmerlieden", "timmermannen", "schoonmaakvrouwen").
  [/(lieden|mannen|lui)$/, 'man'],
  [/vrouwen$/, 'man'],
  // Diminutives, as people soften a job or a thing ("kindjes", "klusjes", "hulpje").
  [/([a-z]{3,}[^aeiou])(tje|je|pje)s?$/, '$1'],
  // An adjective and its inflected form ("zwaar tillen" / "zware lasten", "grote" / "groot").
  [/^([a-z]*[^aeiou])(a|e|o|u)\2([^aeiouwy])$/, '$1$2$3e'],
  [/^([a-z]*[^aeiou])(a|e|o|u)([^aeiouwy])e$/, '$1$2$2$3'],
  [/s$/, ''],
  [/en$/, ''],
  // Plurals that change the consonant ("glazen" -> "glas", "huizen" -> "huis", "brieven" -> "brief"),
  // short or long vowel alike ("dozen" -> "doos").
  [/([^aeiou][aeiou])zen$/, '$1s'],
  [/([^aeiou])([aeiou])zen$/, '$1$2$2s'],
  [/([aeiou]{2})zen$/, '$1s'],
  [/([^aeiou][aeiou])ven$/, '$1f'],
  [/([^aeiou])([aeiou])ven$/, '$1$2$2f'],
  [/([aeiou]{2})ven$/, '$1f'],
];

/**
 * Plural forms of a singular typed word ("storing" -> "storingen", "machine" -> "machines", "klacht"
 * -> "klachten"): labels name skills in the plural ("storingen verhelpen") where people type one.
 */
const pluralRules: [RegExp, string][] = [
  [/^(?!.*(?:en|s)$)(.*[^aeiou])$/, '$1en'],
  [/^(?!.*(?:en|s)$)(.*(?:e|el|er|em|aar|eur|ier|or))$/, '$1s'],
];

/**
 * Words of one family that people use for each other: the activity and the verb ("onderhoud" /
 * "onderhouden", "planning" / "plannen", "installatie" / "installeren"), and the activity and who does
 * it ("schoonmaak" -> "schoonmaker", "beveiliging" -> "beveiliger"). Looser than the gender forms.
 */
const familyRules: [RegExp, string][] = [
  [/ing$/, 'en'],
  [/ing$/, 'er'],
  [/([a-z]{3})en$/, '$1ing'],
  [/atie$/, 'eren'],
  [/([ckt])ie$/, '$1eren'],
  [/([a-z]{3}[^aeiou])eren$/, '$1atie'],
  [/^(?!.*(?:en|er|s|ing)$)([a-z]{3,}[^aeiou])$/, '$1en'],
  [/^(?!.*(?:en|er|s|ing)$)([a-z]{3,}[^aeiou])$/, '$1er'],
  [/^([a-z]{2,})(a|e|o|u)\2([^aeious])$/, '$1$2$3en'],
  [/^([a-z]{2,})(a|e|o|u)\2([^aeious])$/, '$1$2$3er'],
  // The adjective and the field: "metallurgisch" / "metallurgie", "technisch" / "techniek".
  [/isch$/, 'ie'],
  [/isch$/, 'iek'],
  [/([a-z]{3})ie$/, '$1isch'],
  [/([a-z]{3})iek$/, '$1isch'],
  // A quality and its noun, as people describe themselves and labels name the skill: "betrouwbaar" /
  // "betrouwbaarheid", "nauwkeurig" / "nauwkeurigheid", "creatief" / "creativiteit", "flexibel" /
  // "flexibiliteit", "communicatief" / "communicatie".
  [/([a-z]{3}(?:ig|baar|lijk|vrij|zaam|vast|bestendig))$/, '$1heid'],
  [/([a-z]{3}(?:ig|baar|lijk|vrij|zaam|vast))heid$/, '$1'],
  [/([a-z]{3})ief$/, '$1iviteit'],
  [/([a-z]{3})iviteit$/, '$1ief'],
  [/([a-z]{3})bel$/, '$1biliteit'],
  [/([a-z]{3})biliteit$/, '$1bel'],
  [/([a-z]{3})atief$/, '$1atie'],
];

/** How close a form counts: gender and plural forms nearly as the word itself, family forms less. */
export const formScore = { gender: 0.97, family: 0.9 } as const;

/** Forms of one typed word with how close each is to it; the word itself first, scored 1. */
export function wordVariants(word: string): Map<string, number> {
  const out = new Map<string, number>([[word, 1]]);
  const apply = (rules: [RegExp, string][], score: number) => {
    for (const [re, to] of rules) {
      if (!re.test(word)) continue;
      const v = word.replace(re, to);
      if (v.length >= 3 && !out.has(v)) out.set(v, score);
    }
  };
  apply(genderRules, formScore.gender);
  apply(pluralRules, formScore.gender);
  apply(familyRules, formScore.family);
  return out;
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
