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

/**
 * A question with fewer than `min` suggestions topped up from a wider source (ESCO's labels for the
 * whole text), so the person can choose between at least three when any exist. Added ones rank below
 * what was there and never score above it.
 */
export function topUp(list: readonly Suggestion[], more: readonly Suggestion[], min: number): Suggestion[] {
  if (list.length === 0 || list.length >= min) return [...list];
  const seen = new Set(list.map((s) => s.uri));
  const out = [...list];
  for (const s of more) {
    if (out.length >= min) break;
    if (seen.has(s.uri)) continue;
    seen.add(s.uri);
    out.push({ uri: s.uri, score: Math.min(s.score, out.at(-1)!.score) });
  }
  return out;
}
