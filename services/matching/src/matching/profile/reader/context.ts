import type { Lexicon } from '@werkbrug/shared/taxonomy/lexicon';
import type { SectorKey } from '@werkbrug/shared/schemas/taxonomy';
import { key } from './words.ts';

/**
 * Employer, place, filler and seniority words in a typed title ("stewardess bij KLM", "operator Tata",
 * "zelfstandig werkend kok"): stripped before the title is read; employers and places leave a sector hint.
 */
export interface Stripped {
  rest: string;
  sector: SectorKey | null;
  /** Whether an employer or place word was found (a title of only such words says where, not what). */
  hadPlace: boolean;
}

const maxPhraseWords = 5;

/** `kinds` limits what is stripped (employers and places only keep "check-in medewerker" whole). */
export function contextStripper(lexicon: Lexicon, kinds?: readonly string[]): (text: string) => Stripped {
  const words = new Map<string, { kind: string; sector: SectorKey | null }>();
  for (const c of lexicon.context) {
    const k = key(c.word);
    if (k && !words.has(k) && (!kinds || kinds.includes(c.kind))) words.set(k, { kind: c.kind, sector: c.sector });
  }
  return (text) => {
    const tokens = key(text).split(' ').filter(Boolean);
    const kept: string[] = [];
    let sector: SectorKey | null = null;
    let hadPlace = false;
    for (let i = 0; i < tokens.length; ) {
      let found = 0;
      for (let n = Math.min(maxPhraseWords, tokens.length - i); n > 0 && !found; n--) {
        const c = words.get(tokens.slice(i, i + n).join(' '));
        if (!c) continue;
        found = n;
        if (c.kind === 'employer' || c.kind === 'place') hadPlace = true;
        sector ??= c.sector;
      }
      if (found) i += found;
      else kept.push(tokens[i++]!);
    }
    return { rest: kept.join(' '), sector, hadPlace };
  };
}
