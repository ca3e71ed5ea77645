import type { LabelIndex } from './label-index.ts';
import { reader as cfg } from './settings.ts';
import type { Suggestion } from './types.ts';
import { stem, wordVariants } from './words.ts';

/**
 * Suggestions for a compound job title that is no label itself, read by its parts as Dutch builds
 * them: a modifier before a job noun that ends many labels ("riool|medewerker", "zwembad|medewerker",
 * "kozijn|monteur", "glasvezel|monteur"). The job noun alone says little (thousands of labels end in
 * "medewerker"); the modifier says which job. So: labels with a word that begins with the modifier (or
 * holds it), those whose words also end in the same job noun first. Only ever suggestions: a title
 * is never read on its parts alone.
 */
export function compoundSuggestions(index: LabelIndex<string>, text: string): Suggestion[] {
  const ws = text.split(' ').filter(Boolean);
  // One compound, or a modifier typed apart from its job noun ("riool medewerker").
  if (ws.length === 0 || ws.length > 2) return [];
  const whole = ws.join('');
  // A word that is itself a label word is no compound to take apart ("medewerker", "monteur").
  if (index.has(whole)) return [];
  const split = headOf(index, whole);
  if (!split) return [];
  const { modifier, head } = split;
  const fronts = [
    ...new Set([modifier, stem(modifier), modifier.replace(/s$/, ''), ...wordVariants(modifier).keys()]),
  ].filter((m) => m.length >= cfg.modifier.minLength);
  if (fronts.length === 0) return [];
  // The modifier begins a label word, or follows another word inside it ("pizza|bezorger"), not any
  // letters that happen to spell it ("sport" in "watertransport").
  const after = (w: string, m: string) => {
    const at = w.indexOf(m);
    // Not as the head of another compound: a "luchthaven" is no "haven".
    if (at <= 0 || m.length < cfg.compoundMinLength || at + m.length >= w.length - 1) return false;
    const before = w.slice(0, at);
    return index.has(before) || (before.endsWith('s') && index.has(before.slice(0, -1)));
  };
  const holds = (w: string) => w !== head && fronts.some((m) => w.startsWith(m) || after(w, m));
  const best = new Map<string, number>();
  for (const h of index.withWord(holds)) {
    const sameHead = h.label.split(' ').some((w) => w.endsWith(head));
    // A label word that begins with the modifier says more than one that holds it inside.
    const begins = fronts.some((m) => h.word.startsWith(m)) ? 1 : cfg.modifier.inside;
    const score = h.weight * begins * (sameHead ? cfg.modifier.withHead : cfg.modifier.alone);
    if (score > (best.get(h.target) ?? 0)) best.set(h.target, score);
  }
  return [...best]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, cfg.suggestMax)
    .map(([uri, score]) => ({ uri, score: Math.round(score * 1000) / 1000 }));
}

/** The longest ending of a word that ends many index words (a job noun), with what comes before it. */
function headOf(index: LabelIndex<string>, word: string): { modifier: string; head: string } | undefined {
  for (let at = cfg.modifier.minLength; at <= word.length - cfg.compoundMinLength; at++) {
    const head = word.slice(at);
    if (index.endingCount(head) >= cfg.modifier.headWords) return { modifier: word.slice(0, at), head };
  }
  return undefined;
}
