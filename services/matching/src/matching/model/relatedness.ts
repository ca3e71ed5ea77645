import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { stemDutch } from '@werkbrug/text/stem-dutch';
import { stopwords } from '@werkbrug/text/terms';
import { tokenize } from '@werkbrug/text/tokenize';
import { relatedness as cfg } from '../weights.ts';

/**
 * Which skills are close to which. Two signals, because ESCO's occupations share few exact skills
 * across sectors ("eerste hulp verlenen" for cabin crew, "eerste hulp" for care workers):
 * - meaning: TF-IDF cosine over the Dutch and English labels, Dutch synonyms and English variants;
 * - co-occurrence: cosine over the occupations that need the skill (essential 1, optional 1/2).
 * Similarity = max(meaning, factor x co-occurrence), plus a small bonus within the same ESCO skill group.
 *
 * With all 13,896 ESCO skills a full table costs seconds at start-up, and a request only needs the rows
 * of the skills a person has: so the vectors are built on first use and each row when first asked for,
 * then cached (bounded by the number of skills; a row is a few dozen entries).
 * Indices are taxonomy order, the same as the first ids of `SkillIndex`.
 */
export interface RelatedRow {
  readonly to: Int32Array;
  readonly weight: Float32Array;
}

export interface Relatedness {
  /** Number of taxonomy skills. */
  readonly size: number;
  /** Related skills of skill `i`, strongest first; empty beyond the taxonomy. */
  row(i: number): RelatedRow;
}

type SparseVector = Map<number, number>;
const emptyRow: RelatedRow = { to: new Int32Array(0), weight: new Float32Array(0) };

function normalised(v: SparseVector): SparseVector {
  let n = 0;
  for (const x of v.values()) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (const [k, x] of v) v.set(k, x / n);
  return v;
}

/**
 * Vectors as compressed rows (dimension ids and values of vector i at `start[i] .. start[i + 1]`) and
 * the inverted index the same way (vectors and values per dimension), so a row of cosines is plain
 * typed-array arithmetic: a few milliseconds at most even for skills that hundreds of occupations need.
 */
interface Space {
  start: Int32Array;
  dims: Int32Array;
  values: Float32Array;
  postStart: Int32Array;
  postVectors: Int32Array;
  postValues: Float32Array;
}

function space(vectors: SparseVector[]): Space {
  const n = vectors.length;
  const start = new Int32Array(n + 1);
  vectors.forEach((v, i) => {
    start[i + 1] = start[i]! + v.size;
  });
  const dims = new Int32Array(start[n]!);
  const values = new Float32Array(start[n]!);
  let maxDim = -1;
  vectors.forEach((v, i) => {
    let k = start[i]!;
    for (const [d, x] of v) {
      dims[k] = d;
      values[k++] = x;
      if (d > maxDim) maxDim = d;
    }
  });
  const postStart = new Int32Array(maxDim + 2);
  for (const d of dims) postStart[d + 1]!++;
  for (let d = 0; d <= maxDim; d++) postStart[d + 1]! += postStart[d]!;
  const fill = postStart.slice(0, maxDim + 1);
  const postVectors = new Int32Array(dims.length);
  const postValues = new Float32Array(dims.length);
  for (let i = 0; i < n; i++)
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const at = fill[dims[k]!]!++;
      postVectors[at] = i;
      postValues[at] = values[k]!;
    }
  return { start, dims, values, postStart, postVectors, postValues };
}

function cosines(s: Space, i: number, acc: Float32Array, touched: number[]): void {
  for (let k = s.start[i]!; k < s.start[i + 1]!; k++) {
    const x = s.values[k]!;
    const d = s.dims[k]!;
    for (let p = s.postStart[d]!; p < s.postStart[d + 1]!; p++) {
      const j = s.postVectors[p]!;
      if (j === i) continue;
      if (acc[j] === 0) touched.push(j);
      acc[j]! += x * s.postValues[p]!;
    }
  }
}

function lexicalVectors(taxonomy: Taxonomy): SparseVector[] {
  // The same words recur across 100,000 labels: each word is stemmed once (as contentTerms does).
  const termOf = new Map<string, number>();
  const termIds = new Map<string, number>();
  const term = (word: string): number => {
    let id = termOf.get(word);
    if (id === undefined) {
      const stem = stemDutch(word);
      id = termIds.get(stem) ?? termIds.set(stem, termIds.size).get(stem)!;
      termOf.set(word, id);
    }
    return id;
  };
  const raw = taxonomy.skills.map((s) => {
    const tf = new Map<number, number>();
    const add = (text: string, w: number) => {
      for (const word of tokenize(text)) {
        if (word.length <= 1 || stopwords.has(word)) continue;
        const id = term(word);
        tf.set(id, Math.max(tf.get(id) ?? 0, w));
      }
    };
    if (s.labelNl) add(s.labelNl, 1);
    add(s.labelEn, 1);
    for (const x of s.synonymsNl) add(x, cfg.synonymTermWeight);
    for (const x of s.altLabelsEn) add(x, cfg.altLabelTermWeight);
    return tf;
  });
  const df = new Map<number, number>();
  for (const v of raw) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = raw.length;
  return raw.map((v) => {
    for (const [k, w] of v) v.set(k, w * Math.log(n / df.get(k)!));
    return normalised(v);
  });
}

function cooccurrenceVectors(taxonomy: Taxonomy): SparseVector[] {
  const vectors: SparseVector[] = taxonomy.skills.map(() => new Map());
  taxonomy.occupations.forEach((_o, oi) => {
    const rel = taxonomy.skillIndicesOf(oi);
    for (const s of rel.optional) vectors[s]?.set(oi, cfg.optionalCooccurrence);
    for (const s of rel.essential) vectors[s]?.set(oi, 1);
  });
  return vectors.map(normalised);
}

/** The `max` strongest of the touched entries (ties: lower index), without sorting them all. */
function strongest(touched: readonly number[], acc: Float32Array, max: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => acc[a]! > acc[b]! || (acc[a] === acc[b] && a < b);
  for (const j of touched) {
    if (!(acc[j]! > 0)) continue;
    if (top.length === max && !better(j, top[max - 1]!)) continue;
    let at = Math.min(top.length, max - 1);
    if (top.length < max) top.push(j);
    while (at > 0 && better(j, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = j;
  }
  return top;
}

export function buildRelatedness(taxonomy: Taxonomy): Relatedness {
  const n = taxonomy.skills.length;
  let spaces: { lexical: Space; cooccurrence: Space } | undefined;
  const rows = new Map<number, RelatedRow>();
  const accA = new Float32Array(n);
  const accB = new Float32Array(n);

  const compute = (i: number): RelatedRow => {
    spaces ??= { lexical: space(lexicalVectors(taxonomy)), cooccurrence: space(cooccurrenceVectors(taxonomy)) };
    const lexTouched: number[] = [];
    const coTouched: number[] = [];
    cosines(spaces.lexical, i, accA, lexTouched);
    cosines(spaces.cooccurrence, i, accB, coTouched);
    const candidates = new Set([
      ...strongest(lexTouched, accA, cfg.maxByMeaning),
      ...strongest(coTouched, accB, cfg.maxByCooccurrence),
    ]);
    const group = taxonomy.skills[i]!.group;
    const kept: [number, number][] = [];
    for (const j of candidates) {
      let sim = Math.max(accA[j]!, cfg.cooccurrenceFactor * accB[j]!);
      if (taxonomy.skills[j]!.group === group) sim += cfg.sameGroupBonus;
      if (sim >= cfg.minSimilarity) kept.push([j, Math.min(1, sim)]);
    }
    for (const j of lexTouched) accA[j] = 0;
    for (const j of coTouched) accB[j] = 0;
    kept.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return { to: Int32Array.from(kept, ([j]) => j), weight: Float32Array.from(kept, ([, w]) => w) };
  };

  return {
    size: n,
    row(i) {
      if (i < 0 || i >= n) return emptyRow;
      let r = rows.get(i);
      if (!r) {
        r = compute(i);
        rows.set(i, r);
      }
      return r;
    },
  };
}

/** Similarity of two taxonomy skills (1 for the same skill, 0 when unrelated). */
export function similarity(rel: Relatedness, a: number, b: number): number {
  if (a === b) return 1;
  const r = rel.row(a);
  for (let k = 0; k < r.to.length; k++) if (r.to[k] === b) return r.weight[k]!;
  return 0;
}
