/**
 * Turns a query string into "units" (one per query word, or per synonym
 * phrase), each listing the dictionary terms that satisfy it and how well:
 * exact (or synonym) > same Dutch stem > prefix > typo. This is the only
 * place that touches the dictionary; scoring then only walks postings.
 *
 * Expansion caps follow Meilisearch's spirit (it caps prefix and typo
 * derivations too): the most frequent terms are kept, so one- or two-letter
 * prefixes stay cheap while still covering most matching documents.
 */

import { MAX_QUERY_WORDS } from './schema.ts';
import type { SynonymIndex } from './synonyms.ts';
import type { TermIndex } from './term-index.ts';
import { tokenizeQuery } from '@werkbrug/text/tokenize';
import { prefixRange } from './sorted-terms.ts';
import { findTypoRanges } from './typo.ts';
import { TopByFrequency } from './top-by-frequency.ts';

export const LEVEL_TYPO = 0;
export const LEVEL_PREFIX = 1;
export const LEVEL_STEM = 2;
export const LEVEL_EXACT = 3;

/** Prefix expansions kept for a 1-, 2- and 3+-letter prefix: shorter prefixes reach more (and bigger) terms. */
export const PREFIX_CAPS = [0, 10, 25, 50] as const;
export const ONE_TYPO_CAP = 50;
export const TWO_TYPO_CAP = 30;

export interface TermCandidate {
  termId: number;
  typos: number;
  level: number;
}

export interface QueryUnit {
  /** Original query word(s), for debugging. */
  words: string[];
  terms: TermCandidate[];
  /** Multi-word synonym alternatives: all term ids must occur in the document. */
  phrases: number[][];
}

class UnitBuilder {
  private best = new Map<number, TermCandidate>();
  phrases: number[][] = [];

  add(termId: number, typos: number, level: number): void {
    const prev = this.best.get(termId);
    if (prev && (prev.typos < typos || (prev.typos === typos && prev.level >= level))) return;
    this.best.set(termId, { termId, typos, level });
  }

  /** Synonym entry: one token is a plain exact term, several form a phrase. */
  addEntry(dict: TermIndex, tokens: readonly string[]): void {
    const ids = tokens.map((t) => dict.idOf(t));
    if (ids.some((id) => id === undefined)) return;
    if (ids.length === 1) this.add(ids[0] as number, 0, LEVEL_EXACT);
    else this.phrases.push(ids as number[]);
  }

  build(words: string[]): QueryUnit {
    return { words, terms: [...this.best.values()], phrases: this.phrases };
  }
}

function addWordDerivations(b: UnitBuilder, dict: TermIndex, word: string, prefix: boolean): void {
  const exact = dict.idOf(word);
  if (exact !== undefined) b.add(exact, 0, LEVEL_EXACT);
  for (const id of dict.termsWithStem(word)) b.add(id, 0, LEVEL_STEM);
  const prefixes = new TopByFrequency(PREFIX_CAPS[Math.min(3, word.length)] as number);
  const one = new TopByFrequency(ONE_TYPO_CAP);
  const two = new TopByFrequency(TWO_TYPO_CAP);
  for (const { terms, ids } of dict.views()) {
    if (prefix) {
      const [start, end] = prefixRange(terms, word);
      for (let i = start; i < end; i++) {
        const id = ids[i] as number;
        if (id !== exact) prefixes.offer(id, dict.docFreq(id));
      }
    }
    findTypoRanges(terms, word, prefix, (start, end, typos) => {
      if (typos === 0) return; // exact and prefix matches are handled above
      const top = typos === 1 ? one : two;
      for (let i = start; i < end; i++) {
        const id = ids[i] as number;
        top.offer(id, dict.docFreq(id));
      }
    });
  }
  prefixes.forEach((id) => {
    b.add(id, 0, LEVEL_PREFIX);
  });
  one.forEach((id) => {
    b.add(id, 1, LEVEL_TYPO);
  });
  two.forEach((id) => {
    b.add(id, 2, LEVEL_TYPO);
  });
}

/**
 * Units for `q`, or null when the query has no usable words: stop words are
 * not indexed, so a query made only of them runs as a placeholder search.
 */
export function planQuery(
  q: string,
  dict: TermIndex,
  synonyms: SynonymIndex,
  stopWords: ReadonlySet<string>,
): QueryUnit[] | null {
  const { words: all, lastIsPrefix } = tokenizeQuery(q);
  const kept = all.filter((w) => !stopWords.has(w));
  const words = kept.slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return null;
  // Only the word actually being typed (the last one of the raw query) is a prefix.
  const prefixIndex = lastIsPrefix && words[words.length - 1] === all[all.length - 1] ? words.length - 1 : -1;
  dict.ensureSorted();
  const units: QueryUnit[] = [];
  let i = 0;
  while (i < words.length) {
    const syn = synonyms.match(words, i);
    const b = new UnitBuilder();
    if (syn && syn.length > 1) {
      // A synonym phrase in the query is one unit; its own words count only together.
      for (const entry of syn.entries) b.addEntry(dict, entry);
      units.push(b.build(words.slice(i, i + syn.length)));
      i += syn.length;
      continue;
    }
    const word = words[i] as string;
    addWordDerivations(b, dict, word, i === prefixIndex);
    if (syn) for (const entry of syn.entries) b.addEntry(dict, entry);
    units.push(b.build([word]));
    i++;
  }
  return units;
}
