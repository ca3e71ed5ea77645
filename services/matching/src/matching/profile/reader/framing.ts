import { key } from './words.ts';

/**
 * Words that frame a typed skill without naming it ("ervaring met kassa", "kennis van Excel", "Engels
 * vloeiend", "ik kan goed plannen", "Nederlands B1"): dropped when the skill as typed is not a label
 * itself, so the named skill is read rather than the frame. How well or how long someone can do it
 * is not part of which skill it is.
 */
const framingPhrases = [
  'ik kan',
  'ik ben',
  'ervaring met',
  'ervaring in',
  'ervaring als',
  'kennis van',
  'kennis in',
  'kennis',
  'ervaring',
  'sterk in',
  'goed in',
  'goed met',
  'vaardig in',
  'vaardig met',
  'handig met',
  'handig in',
  'basiskennis',
  'basiskennis van',
  'veel',
  'jaren',
  'jaar',
  'goed',
  'zeer',
  'erg',
  'heel',
  'redelijk',
  'vloeiend',
  'moedertaal',
  'niveau',
  'basis',
  'experience with',
  'experience in',
  'knowledge of',
  'good at',
  'fluent',
  'native',
  'skills',
  'vaardigheden',
]
  .map(key)
  // Longest first, so "basiskennis van" goes whole.
  .sort((a, b) => b.split(' ').length - a.split(' ').length);

/** Language levels ("B1", "NT2"), not after "rijbewijs" (C1 is a licence); numbers before "jaar". */
const levelWord = /^(?:[abc][12]|nt2)$/;
const years = /^(?:jaar|jaren|years?)$/;

export function stripFraming(text: string): string {
  const tokens = key(text).split(' ').filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const phrase = framingPhrases.find((p) => {
      const ws = p.split(' ');
      return ws.every((w, k) => tokens[i + k] === w);
    });
    if (phrase) i += phrase.split(' ').length;
    else if (levelWord.test(tokens[i]!) && kept.at(-1) !== 'rijbewijs') i++;
    else if (/^\d+$/.test(tokens[i]!) && years.test(tokens[i + 1] ?? '')) i += 2;
    else kept.push(tokens[i++]!);
  }
  return kept.join(' ');
}
