import type { Suggestion } from './types.ts';

/**
 * Ranked suggestions drawn from several sources (curated questions, ESCO labels of the whole text,
 * its compound parts, a reading of part of it), taken in turn so that each source's best reaches the
 * short list: one source's near-duplicates must not crowd out the right reading from another.
 * One suggestion per URI; scores are kept but never rise down the list, so order and score agree.
 */
export function blend(sources: readonly (readonly Suggestion[])[], max: number): Suggestion[] {
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  const at = sources.map(() => 0);
  for (let progress = true; out.length < max && progress; ) {
    progress = false;
    sources.forEach((list, i) => {
      while (at[i]! < list.length && out.length < max) {
        const s = list[at[i]!++]!;
        if (seen.has(s.uri)) continue;
        seen.add(s.uri);
        out.push(s);
        progress = true;
        break;
      }
    });
  }
  for (let i = 1; i < out.length; i++)
    if (out[i]!.score > out[i - 1]!.score) out[i] = { uri: out[i]!.uri, score: out[i - 1]!.score };
  return out;
}
