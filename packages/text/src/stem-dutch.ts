/**
 * Compact Dutch stemmer after the Snowball "dutch" algorithm (Porter style:
 * R1/R2 regions, plural -en/-s/-e removal, undoubling, -heid, d-suffixes,
 * vowel undoubling). Input must already be folded by tokenize.ts (lower-case,
 * no diacritics).
 *
 * One deliberate deviation: Snowball refuses to strip -s after a vowel, which
 * leaves "vacatures" != "vacature" (and every other -e noun with an -s
 * plural: monteurs works, ziektes/collega's don't). In job search those
 * plurals matter more than the few false conflations (e.g. "adres"), so a
 * final -s after "e" is stripped too, after which step 2 drops the -e.
 */

const VOWELS = 'aeiouyè';

function isVowel(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && VOWELS.includes(c);
}

function undouble(w: string): string {
  return w.endsWith('kk') || w.endsWith('dd') || w.endsWith('tt') ? w.slice(0, -1) : w;
}

/** Non-vowel and not preceded by "gem" (Snowball's valid en-ending). */
function validEnEnding(stem: string): boolean {
  return stem.length > 0 && !isVowel(stem[stem.length - 1]) && !stem.endsWith('gem');
}

/** Non-vowel other than j; "e" is accepted too (see module comment). */
function validSEnding(stem: string): boolean {
  const c = stem[stem.length - 1];
  if (c === undefined) return false;
  return c === 'e' || (!isVowel(c) && c !== 'j');
}

function markRegions(w: string): { r1: number; r2: number } {
  const n = w.length;
  let i = 0;
  while (i < n && !isVowel(w[i])) i++;
  while (i < n && isVowel(w[i])) i++;
  const p1 = Math.min(n, i + 1);
  i = p1;
  while (i < n && !isVowel(w[i])) i++;
  while (i < n && isVowel(w[i])) i++;
  const p2 = Math.min(n, i + 1);
  return { r1: Math.max(p1, 3), r2: p2 };
}

/** Upper-case I/Y act as consonants, as in Snowball ("ij" in "blijven" is not a vowel pair). */
function markConsonantIY(w: string): string {
  const c = w.split('');
  for (let i = 0; i < c.length; i++) {
    if (c[i] === 'y' && (i === 0 || isVowel(c[i - 1]))) c[i] = 'Y';
    else if (c[i] === 'i' && i > 0 && isVowel(c[i - 1]) && isVowel(c[i + 1])) c[i] = 'I';
  }
  return c.join('');
}

export function stemDutch(word: string): string {
  if (word.length < 3) return word;
  let w = markConsonantIY(word);
  const { r1, r2 } = markRegions(w);
  const inR1 = (suffixLen: number) => w.length - suffixLen >= r1;
  const inR2 = (suffixLen: number) => w.length - suffixLen >= r2;

  // Step 1: longest of heden | ene, en | se, s.
  if (w.endsWith('heden')) {
    if (inR1(5)) w = `${w.slice(0, -5)}heid`;
  } else if (w.endsWith('ene') || w.endsWith('en')) {
    const len = w.endsWith('ene') ? 3 : 2;
    const stem = w.slice(0, -len);
    if (inR1(len) && validEnEnding(stem)) w = undouble(stem);
  } else if (w.endsWith('se') || w.endsWith('s')) {
    const len = w.endsWith('se') ? 2 : 1;
    const stem = w.slice(0, -len);
    if (inR1(len) && validSEnding(stem)) w = stem;
  }

  // Step 2: -e after a non-vowel.
  let removedE = false;
  const step2 = () => {
    if (w.endsWith('e') && inR1(1) && !isVowel(w[w.length - 2])) {
      w = undouble(w.slice(0, -1));
      removedE = true;
    }
  };
  step2();

  // Step 3a: -heid (not after c), then a preceding -en as in step 1.
  if (w.endsWith('heid') && inR2(4) && w[w.length - 5] !== 'c') {
    w = w.slice(0, -4);
    if (w.endsWith('en') && inR1(2) && validEnEnding(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  }

  // Step 3b: d-suffixes.
  if (w.endsWith('end') || w.endsWith('ing')) {
    if (inR2(3)) {
      w = w.slice(0, -3);
      if (w.endsWith('ig') && inR2(2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
      else w = undouble(w);
    }
  } else if (w.endsWith('ig')) {
    if (inR2(2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
  } else if (w.endsWith('lijk')) {
    if (inR2(4)) {
      w = w.slice(0, -4);
      step2();
    }
  } else if (w.endsWith('baar')) {
    if (inR2(4)) w = w.slice(0, -4);
  } else if (w.endsWith('bar')) {
    if (inR2(3) && removedE) w = w.slice(0, -3);
  }

  // Step 4: undouble a vowel in a final consonant-vowel-vowel-consonant ("maan" -> "man").
  const n = w.length;
  if (n >= 4) {
    const c = w[n - 4];
    const v1 = w[n - 3];
    const v2 = w[n - 2];
    const d = w[n - 1];
    if (
      !isVowel(c) &&
      v1 === v2 &&
      (v1 === 'a' || v1 === 'e' || v1 === 'o' || v1 === 'u') &&
      !isVowel(d) &&
      d !== 'I'
    ) {
      w = w.slice(0, -2) + (d as string);
    }
  }
  return w.replace(/I/g, 'i').replace(/Y/g, 'y');
}
