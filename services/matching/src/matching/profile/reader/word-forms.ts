import type { Lexicon } from '@werkbrug/shared/taxonomy/lexicon';
import { reader as cfg } from './settings.ts';
import { key, wordVariants, words } from './words.ts';
import { englishWords } from './english-words.ts';

/**
 * What a typed word may stand for: its own Dutch forms (female, plural, verb and activity forms, see
 * words.ts) and the words the lexicon lists as used for each other ("verhelpen" for "oplossen", "leggen"
 * for "monteren"). Titles and skills each have their own synonyms; a word may sit in several groups.
 */
export interface WordForms {
  /** The forms of one folded word with how close each is (the word itself 1). */
  of(word: string): ReadonlyMap<string, number>;
  /**
   * Whole texts the typed text may be written as, for exact look-ups: each word in turn replaced by
   * one of its forms, and for two words the other order too ("medewerker winkel" = "winkelmedewerker").
   */
  texts(text: string): string[];
}

export function wordForms(lexicon: Lexicon, scope: 'title' | 'skill'): WordForms {
  const same = new Map<string, Set<string>>();
  for (const group of lexicon.synonyms ?? []) {
    if (group.scope !== scope && group.scope !== 'both') continue;
    const ws = group.words.map(key).filter((w) => w && !w.includes(' '));
    for (const w of ws) {
      const set = same.get(w) ?? new Set<string>();
      for (const other of ws) if (other !== w) set.add(other);
      same.set(w, set);
    }
  }
  const cache = new Map<string, ReadonlyMap<string, number>>();
  const of = (word: string): ReadonlyMap<string, number> => {
    let out = cache.get(word);
    if (out) return out;
    const forms = wordVariants(word);
    for (const [form, score] of [...forms])
      for (const other of same.get(form) ?? []) if (!forms.has(other)) forms.set(other, score * cfg.word.synonym);
    // Skills: the English words of ESCO's labels for a Dutch word, for skills with no Dutch label yet.
    if (scope === 'skill')
      for (const [form, score] of [...forms])
        for (const en of englishWords.get(form) ?? []) if (!forms.has(en)) forms.set(en, score * cfg.word.translation);
    out = forms;
    if (cache.size > 5000) cache.clear();
    cache.set(word, out);
    return out;
  };
  return {
    of,
    texts(text) {
      const ws = words(text);
      const out = new Set<string>([ws.join(' ')]);
      const orders = ws.length === 2 ? [ws, [ws[1]!, ws[0]!]] : [ws];
      for (const order of orders) {
        out.add(order.join(' '));
        order.forEach((w, i) => {
          for (const v of of(w).keys()) out.add([...order.slice(0, i), v, ...order.slice(i + 1)].join(' '));
        });
      }
      return [...out];
    },
  };
}
