import { damerauDistance, typoBudget } from '@werkbrug/text/damerau';
import type { WordForms } from './word-forms.ts';
import { fillers, joined, key, stem, wordVariants } from './words.ts';
import { reader as cfg } from './settings.ts';

/**
 * A small self-contained index of labels (ESCO labels, lexicon phrases) with typo-, stem- and
 * compound-tolerant scoring. It needs nothing from the running search index, so the reader can run in a
 * worker thread. Labels point at a target (an ESCO URI, or a lexicon row); a label's weight says how
 * much a hit on it counts (a preferred label over a hidden one).
 */
export interface Label<T> {
  target: T;
  text: string;
  weight: number;
}

export interface Hit<T> {
  target: T;
  score: number;
  /** The label that scored best. */
  label: string;
}

const content = (tokens: readonly string[]) => tokens.filter((t) => !fillers.has(t));

/** One label as scoring sees it, made from the stored key only for the few candidates of a query. */
interface Entry {
  joined: string;
  tokens: string[];
}

/**
 * Labels are kept as parallel arrays (target, folded key, weight) and integer postings, not as objects:
 * with all of ESCO's English skill variants there are some 130,000 labels.
 */
export class LabelIndex<T> {
  private readonly targets: T[] = [];
  private readonly keys: string[] = [];
  private readonly weights: number[] = [];
  private readonly byJoined = new Map<string, number | number[]>();
  /**
   * Word -> its run in `postingIds` (label ids from `postingStarts[run]` to `postingStarts[run + 1]`).
   * One flat array for all words, not an Int32Array per word: some 40,000 small typed arrays cost
   * about 200 bytes each in object headers, per thread (docs/benchmarks.md, start-up and memory).
   */
  private readonly postings = new Map<string, number>();
  private readonly postingIds: Int32Array;
  private readonly postingStarts: Int32Array;
  /** Stem -> the index words with that stem; a single word is kept as itself, not in an array. */
  private readonly byStem = new Map<string, string | string[]>();
  private readonly vocabulary: string[];

  /** `forms`: what a typed word may stand for (its Dutch forms, the lexicon's synonyms). */
  private readonly forms: Pick<WordForms, 'of'>;

  /**
   * Words known elsewhere (a small lexicon index asks the big label index): a typed word that is itself
   * a real word is not a typo of another ("mensen" is not "messen", "koeien" not "koelen").
   */
  dictionary: (word: string) => boolean = () => false;

  /** Whether a folded word is a word of some label here. */
  has(word: string): boolean {
    return this.postings.has(word);
  }

  constructor(labels: Iterable<Label<T>>, forms: Pick<WordForms, 'of'> = { of: wordVariants }) {
    this.forms = forms;
    const lists = new Map<string, number[]>();
    for (const l of labels) {
      const k = key(l.text);
      if (!k) continue;
      const id = this.keys.length;
      this.targets.push(l.target);
      this.keys.push(k);
      this.weights.push(l.weight);
      // split/join, not replace(/ /g, ''): V8 builds a global replace as a chain of concatenated
      // pieces (a cons string), and kept as a map key that chain costs several times the text.
      const j = k.includes(' ') ? k.split(' ').join('') : k;
      const prev = this.byJoined.get(j);
      this.byJoined.set(j, prev === undefined ? id : typeof prev === 'number' ? [prev, id] : [...prev, id]);
      for (const t of new Set(content(k.split(' ')))) {
        const list = lists.get(t);
        if (list) list.push(id);
        else lists.set(t, [id]);
      }
    }
    let total = 0;
    for (const list of lists.values()) total += list.length;
    this.postingIds = new Int32Array(total);
    this.postingStarts = new Int32Array(lists.size + 1);
    let run = 0;
    let at = 0;
    for (const [t, list] of lists) {
      this.postings.set(t, run);
      this.postingIds.set(list, at);
      at += list.length;
      this.postingStarts[++run] = at;
    }
    this.vocabulary = [...this.postings.keys()];
    for (const w of this.vocabulary) {
      const s = stem(w);
      const prev = this.byStem.get(s);
      if (prev === undefined) this.byStem.set(s, w);
      else if (typeof prev === 'string') this.byStem.set(s, [prev, w]);
      else prev.push(w);
    }
  }

  /** The index words with this stem. */
  private withStem(s: string): readonly string[] {
    const v = this.byStem.get(s);
    return v === undefined ? [] : typeof v === 'string' ? [v] : v;
  }

  private ids(j: string): number[] {
    const v = this.byJoined.get(j);
    return v === undefined ? [] : typeof v === 'number' ? [v] : v;
  }

  private entry(id: number): Entry {
    const k = this.keys[id]!;
    return { joined: k.replace(/ /g, ''), tokens: content(k.split(' ')) };
  }

  /** Whether a folded word, one of its forms or its stem is a word of some label. */
  knows(word: string): boolean {
    for (const v of this.forms.of(word).keys()) if (this.postings.has(v)) return true;
    return this.byStem.has(stem(word));
  }

  /**
   * A compound typed as one word, split into two label words with the head last, as Dutch builds them
   * ("evenementencoördinator" -> "evenementen coordinator", "nachtportier" -> "nacht portier"); a
   * linking s is dropped ("veiligheidsadviseur"). The longest head that fits wins; undefined when none.
   */
  split(word: string): string | undefined {
    const min = cfg.compoundMinLength - 1;
    for (let i = min; i <= word.length - min; i++) {
      const head = word.slice(i);
      const front = word.slice(0, i);
      if (!this.knows(head)) continue;
      if (this.knows(front)) return `${front} ${head}`;
      if (front.endsWith('s') && front.length > min && this.knows(front.slice(0, -1)))
        return `${front.slice(0, -1)} ${head}`;
    }
    return undefined;
  }

  /**
   * The label texts (folded keys) whose joined form is nearest the typed text's, within `max` edits; all
   * at the least distance, so a caller can tell one clear correction from several.
   */
  nearest(text: string, max: number): { text: string; distance: number }[] {
    const j = joined(text);
    let bestD = max + 1;
    let out: string[] = [];
    for (const k of this.byJoined.keys()) {
      if (Math.abs(k.length - j.length) > max) continue;
      const d = damerauDistance(j, k, Math.min(max, bestD));
      if (d < bestD) {
        bestD = d;
        out = [k];
      } else if (d === bestD && d <= max) out.push(k);
    }
    return bestD > max ? [] : out.map((k) => ({ text: this.keys[this.ids(k)[0]!]!, distance: bestD }));
  }

  /** How many index words end with this ending ("medewerker", "monteur", "kundige" end many). */
  endingCount(ending: string): number {
    let n = 0;
    for (const w of this.vocabulary) if (w.endsWith(ending)) n++;
    return n;
  }

  /**
   * Labels holding an index word the test accepts, with that word and the label's weight: for reading
   * a compound by its parts (labels with a word that begins with "riool").
   */
  withWord(test: (word: string) => boolean): { target: T; label: string; weight: number; word: string }[] {
    const out: { target: T; label: string; weight: number; word: string }[] = [];
    for (const w of this.vocabulary) {
      if (!test(w)) continue;
      const run = this.postings.get(w)!;
      for (let p = this.postingStarts[run]!, end = this.postingStarts[run + 1]!; p < end; p++) {
        const id = this.postingIds[p]!;
        out.push({ target: this.targets[id]!, label: this.keys[id]!, weight: this.weights[id]!, word: w });
      }
    }
    return out;
  }

  /** Labels equal to the text, ignoring case, accents, punctuation and spaces; best weight per target. */
  exact(text: string): Hit<T>[] {
    return best(this.ids(joined(text)).map((id) => this.hit(id, 1)));
  }

  /** Scored labels for the text, best first, one per target. */
  search(text: string, limit: number): Hit<T>[] {
    const q = content(key(text).split(' '));
    if (q.length === 0) return [];
    const memo = q.join(' ');
    let all = this.recent.get(memo);
    if (!all) {
      const hits = this.scored(q, q.join(''), 0);
      // Nothing near at all ("exel", "koksmaat"): look once more with one typo more per word and shorter
      // compound parts, so the person is asked with suggestions rather than left with none. Such matches
      // score too low to be read (a two-typo word counts 0.75), so they can only be suggested.
      all = hits.length > 0 ? hits : this.scored(q, q.join(''), 1);
      if (this.recent.size >= 32) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(memo, all);
    }
    return all.slice(0, limit);
  }

  /** The last few searches: one reading asks the same index the same words from several sides. */
  private readonly recent = new Map<string, Hit<T>[]>();

  private scored(q: string[], qJoined: string, slack: 0 | 1): Hit<T>[] {
    const matches = q.map((t) => this.wordMatches(t, slack));
    // A cheap bound first (each typed word's best match among the label's words), then the full score
    // for the most promising labels only: common words ("medewerker") reach thousands of labels.
    // (flat arrays: typed arrays per label would cost more to allocate than the scoring itself).
    const slot = new Map<number, number>();
    const bounds: number[] = [];
    matches.forEach((m, qi) => {
      for (const [w, sc] of m) {
        const run = this.postings.get(w)!;
        for (let p = this.postingStarts[run]!, end = this.postingStarts[run + 1]!; p < end; p++) {
          const id = this.postingIds[p]!;
          let at = slot.get(id);
          if (at === undefined) {
            at = slot.size;
            slot.set(id, at);
            for (let k = 0; k < q.length; k++) bounds.push(0);
          }
          const i = at * q.length + qi;
          if (sc > bounds[i]!) bounds[i] = sc;
        }
      }
    });
    const boundOf = (at: number) => {
      let n = 0;
      for (let k = 0; k < q.length; k++) n += bounds[at * q.length + k]!;
      return n;
    };
    const candidates = new Set<number>(
      slot.size <= cfg.maxScored
        ? slot.keys()
        : [...slot]
            .map(([id, at]) => [id, boundOf(at) * this.weights[id]!] as const)
            .sort((a, b) => b[1] - a[1] || a[0] - b[0])
            .slice(0, cfg.maxScored)
            .map(([id]) => id),
    );
    // Typos in a whole joined title ("verpleegkundge", "orderpikker") and joined/split compounds.
    const whole = typoBudget(qJoined.length);
    if (whole > 0 && candidates.size === 0)
      for (const j of this.byJoined.keys())
        if (Math.abs(j.length - qJoined.length) <= whole && damerauDistance(qJoined, j, whole) <= whole)
          for (const id of this.ids(j)) candidates.add(id);
    const hits: Hit<T>[] = [];
    // Real words typed together are not a typo of another phrase ("met mensen werken").
    const typed = q.some((w) => !this.postings.has(w) && !this.dictionary(w));
    const weights = this.wordWeights(matches);
    for (const id of candidates) hits.push(this.hit(id, score(qJoined, matches, weights, this.entry(id), typed)));
    return best(hits);
  }

  /**
   * How much each typed word decides: rare words more than words on thousands of labels ("medewerker",
   * "assistent", "hulp"), by the inverse share of labels its own forms reach, blended with equal weights
   * (`cfg.rareWords`). A word that reaches no label counts as the rarest: it must not be ignored.
   */
  private wordWeights(matches: readonly Map<string, number>[]): number[] {
    const n = this.keys.length;
    const idf = matches.map((m) => {
      let df = 0;
      for (const [w, sc] of m) {
        if (sc < cfg.word.stem) continue;
        const run = this.postings.get(w)!;
        df = Math.max(df, this.postingStarts[run + 1]! - this.postingStarts[run]!);
      }
      return Math.log(1 + n / Math.max(1, df));
    });
    const mean = idf.reduce((a, b) => a + b, 0) / Math.max(1, idf.length);
    return idf.map((x) => 1 - cfg.rareWords + (cfg.rareWords * x) / (mean || 1));
  }

  private hit(id: number, s: number): Hit<T> {
    return { target: this.targets[id]!, score: s * this.weights[id]!, label: this.keys[id]! };
  }

  /** Index words a typed word may stand for, with how well: itself, a variant, a stem, a typo, a compound part. */
  private wordMatches(word: string, slack: 0 | 1): Map<string, number> {
    const out = new Map<string, number>();
    const put = (w: string, s: number) => {
      if (this.postings.has(w) && s > (out.get(w) ?? 0)) out.set(w, s);
    };
    for (const [v, s] of this.forms.of(word)) put(v, s);
    for (const w of this.withStem(stem(word))) put(w, cfg.word.stem);
    const budget = Math.min(2, typoBudget(word.length) + (word.length >= 4 ? slack : 0));
    const real = this.postings.has(word) || this.dictionary(word);
    const typoScore = (d: number) =>
      real ? cfg.word.typoOfWord : slack || d > 1 ? cfg.word.twoTypos : cfg.word.oneTypo;
    const minPart = cfg.compoundMinLength - slack;
    const parts = [...new Set([word, stem(word)])];
    for (const w of this.vocabulary) {
      if (out.has(w)) continue;
      // Typos: the first letter is taken as typed (or swapped with the second), as search engines do.
      const sameStart = w[0] === word[0] || (w[0] === word[1] && w[1] === word[0]);
      if (budget > 0 && sameStart && Math.abs(w.length - word.length) <= budget) {
        const d = damerauDistance(word, w, budget);
        if (d <= budget) {
          put(w, typoScore(d));
          continue;
        }
      }
      // Compounds: "elektromonteur" holds "monteur"; "schoonmaak" and "vliegtuig(en)" are parts of
      // "vliegtuigschoonmaker". The head (the end) of a compound counts more than a part before it.
      for (const part of parts) {
        const [short, long] = w.length < part.length ? [w, part] : [part, w];
        if (short.length < minPart || long.length <= short.length) continue;
        const share = short.length / long.length;
        if (long.endsWith(short)) put(w, cfg.word.compoundBase + cfg.word.compoundShare * share);
        else if (long.includes(short))
          put(w, cfg.word.compoundPart * (cfg.word.compoundBase + cfg.word.compoundShare * share));
      }
    }
    return out;
  }
}

function score(
  qJoined: string,
  matches: Map<string, number>[],
  weights: readonly number[],
  e: Entry,
  typed: boolean,
): number {
  if (e.joined === qJoined) return 1;
  let sum = 0;
  let total = 0;
  const used = new Set<string>();
  matches.forEach((m, qi) => {
    let bestWord = 0;
    let bestToken = '';
    for (const t of e.tokens) {
      const s = m.get(t) ?? 0;
      if (s > bestWord) {
        bestWord = s;
        bestToken = t;
      }
    }
    sum += bestWord * weights[qi]!;
    total += weights[qi]!;
    if (bestWord > 0) used.add(bestToken);
  });
  let s =
    (sum / Math.max(1e-9, total)) *
    (cfg.coverageBase + (1 - cfg.coverageBase) * (used.size / Math.max(1, e.tokens.length)));
  const budget = typed ? typoBudget(qJoined.length) : 0;
  if (budget > 0) {
    const d = damerauDistance(qJoined, e.joined, budget);
    if (d <= budget) s = Math.max(s, d === 1 ? cfg.whole.oneTypo : cfg.whole.twoTypos);
  }
  // Letter trigrams of the joined forms ignore word order and word breaks: "schoonmaak vliegtuigen"
  // and "vliegtuigschoonmaker" share most of them.
  return Math.max(s, cfg.trigramWeight * dice(trigrams(qJoined), trigrams(e.joined)));
}

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  const padded = `^${s}$`;
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function best<T>(hits: Hit<T>[]): Hit<T>[] {
  const byTarget = new Map<T, Hit<T>>();
  for (const h of hits) {
    const prev = byTarget.get(h.target);
    if (!prev || h.score > prev.score) byTarget.set(h.target, h);
  }
  return [...byTarget.values()].sort(
    (a, b) => b.score - a.score || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
}
