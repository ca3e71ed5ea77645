import type { RegionalOccupation } from '@werkbrug/shared/taxonomy/lexicon';
import type { Suggestion } from './types.ts';
import { reader as cfg } from './settings.ts';

/**
 * A job typed as a short abbreviation that is no word ("vpk", "wvp'er"): its letters, in order, from the
 * start of one word of a job name people use ("vpk" in "verpleegkundige"). Only ever suggestions, the
 * region's most common jobs first (their vacancy volume), since letters alone decide nothing.
 * `names`: each job name with the occupation it stands for (curated titles, the region's own labels).
 */
export function abbreviationReader(
  names: readonly { text: string; uri: string }[],
  region: readonly RegionalOccupation[],
) {
  const weight = new Map(region.map((o) => [o.uri, o.weight]));
  const words = names.flatMap((n) => n.text.split(' ').map((w) => ({ word: w, uri: n.uri })));
  return (typed: string): Suggestion[] => {
    const t = typed;
    if (t.length < cfg.abbreviation.minLetters || t.length > cfg.abbreviation.maxLetters || /[^a-z]/.test(t)) return [];
    const best = new Map<string, number>();
    for (const { word, uri } of words)
      if (word.length > t.length + 2 && word[0] === t[0] && inOrder(t, word)) best.set(uri, weight.get(uri) ?? 0);
    return [...best]
      .filter(([uri]) => weight.has(uri))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, cfg.suggestAtLeast)
      .map(([uri], i) => ({ uri, score: Math.round((cfg.abbreviation.score - 0.02 * i) * 1000) / 1000 }));
  };
}

/** Whether the letters of `short` appear in `word` in the same order. */
function inOrder(short: string, word: string): boolean {
  let at = 0;
  for (const ch of word) if (ch === short[at]) at++;
  return at === short.length;
}
