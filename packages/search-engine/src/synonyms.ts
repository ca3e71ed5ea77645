/**
 * Synonym groups, folded with the same tokenizer as documents. Every entry of
 * a group is equivalent to every other (both directions); entries may be
 * phrases ("informatie technologie"). Single-word entries are also found by
 * Dutch stem, so "chauffeurs" expands like "chauffeur".
 */

import { stemDutch } from '@werkbrug/text/stem-dutch';
import { tokenize } from '@werkbrug/text/tokenize';

export interface SynonymMatch {
  /** Number of query words consumed. */
  length: number;
  /** All entries of the group, each a list of folded tokens. */
  entries: string[][];
}

export class SynonymIndex {
  private groups: string[][][] = [];
  /** first token -> (group, entry) pairs starting with it */
  private byFirst = new Map<string, { group: number; entry: number }[]>();
  private byStem = new Map<string, number[]>();

  constructor(groups: string[][]) {
    for (const raw of groups) {
      const entries = raw.map((s) => tokenize(s)).filter((t) => t.length > 0);
      if (entries.length < 2) continue;
      const g = this.groups.length;
      this.groups.push(entries);
      entries.forEach((tokens, e) => {
        const first = tokens[0] as string;
        const list = this.byFirst.get(first) ?? [];
        list.push({ group: g, entry: e });
        this.byFirst.set(first, list);
        if (tokens.length === 1) {
          const stem = stemDutch(first);
          const stems = this.byStem.get(stem) ?? [];
          if (!stems.includes(g)) stems.push(g);
          this.byStem.set(stem, stems);
        }
      });
    }
  }

  /** Longest group entry matching `words` at position `at` (exact tokens, or one word by stem). */
  match(words: readonly string[], at: number): SynonymMatch | undefined {
    const first = words[at];
    if (first === undefined) return undefined;
    let bestLength = 0;
    let bestGroups: number[] = [];
    for (const { group, entry } of this.byFirst.get(first) ?? []) {
      const tokens = (this.groups[group] as string[][])[entry] as string[];
      if (tokens.length < bestLength || !tokens.every((t, i) => words[at + i] === t)) continue;
      if (tokens.length > bestLength) {
        bestLength = tokens.length;
        bestGroups = [];
      }
      if (!bestGroups.includes(group)) bestGroups.push(group);
    }
    if (bestLength > 0) return { length: bestLength, entries: this.entriesOf(bestGroups) };
    const groups = this.byStem.get(stemDutch(first));
    if (!groups) return undefined;
    return { length: 1, entries: this.entriesOf(groups) };
  }

  /** A word can sit in several groups: their entries merge into one alternative set. */
  private entriesOf(groups: readonly number[]): string[][] {
    return groups.flatMap((g) => this.groups[g] as string[][]);
  }
}
