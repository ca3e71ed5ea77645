import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { contentTerms } from '@werkbrug/text/terms';
import { relatedness as cfg } from '../weights.ts';

/**
 * Which skills are close to which, computed once from the taxonomy and kept as compressed rows
 * (`to`/`weight` of skill i are at `start[i] .. start[i + 1]`). Two signals, because ESCO's
 * occupations share few exact skills across sectors ("eerste hulp verlenen" for cabin crew,
 * "eerste hulp" for care workers):
 * - meaning: TF-IDF cosine over the Dutch and English labels, Dutch synonyms and English variants;
 * - co-occurrence: cosine over the occupations that need the skill (essential 1, optional 1/2).
 * Similarity = max(meaning, factor x co-occurrence), plus a small bonus within the same skill group.
 * Indices are taxonomy order, the same as the first ids of `SkillIndex`.
 */
export interface Relatedness {
  readonly start: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float32Array;
}

type SparseVector = Map<number, number>;

function normalised(v: SparseVector): SparseVector {
  let n = 0;
  for (const x of v.values()) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (const [k, x] of v) v.set(k, x / n);
  return v;
}

/** Cosine similarity of every pair sharing a dimension, through an inverted index. */
function pairwiseCosine(
  vectors: readonly SparseVector[],
  onRow: (i: number, acc: Float32Array, touched: number[]) => void,
): void {
  const postings = new Map<number, number[]>();
  vectors.forEach((v, i) => {
    for (const k of v.keys()) {
      const list = postings.get(k);
      if (list) list.push(i);
      else postings.set(k, [i]);
    }
  });
  const acc = new Float32Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) {
    const touched: number[] = [];
    for (const [k, x] of vectors[i]!) {
      for (const j of postings.get(k)!) {
        if (j === i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j]! += x * vectors[j]!.get(k)!;
      }
    }
    onRow(i, acc, touched);
    for (const j of touched) acc[j] = 0;
  }
}

function lexicalVectors(taxonomy: Taxonomy): SparseVector[] {
  const termIds = new Map<string, number>();
  const raw = taxonomy.skills.map((s) => {
    const tf = new Map<number, number>();
    const add = (text: string, w: number) => {
      for (const t of contentTerms(text)) {
        const id = termIds.get(t) ?? termIds.set(t, termIds.size).get(t)!;
        tf.set(id, Math.max(tf.get(id) ?? 0, w));
      }
    };
    add(s.labelNl, 1);
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

function cooccurrenceVectors(taxonomy: Taxonomy, skillIndex: ReadonlyMap<string, number>): SparseVector[] {
  const vectors: SparseVector[] = taxonomy.skills.map(() => new Map());
  taxonomy.occupations.forEach((o, oi) => {
    const rel = taxonomy.skillsOf(o.uri);
    for (const u of rel.optional) vectors[skillIndex.get(u) ?? -1]?.set(oi, cfg.optionalCooccurrence);
    for (const u of rel.essential) vectors[skillIndex.get(u) ?? -1]?.set(oi, 1);
  });
  return vectors.map(normalised);
}

export function buildRelatedness(taxonomy: Taxonomy): Relatedness {
  const n = taxonomy.skills.length;
  const skillIndex = new Map(taxonomy.skills.map((s, i) => [s.uri, i]));
  const lexical = new Map<number, Map<number, number>>();
  pairwiseCosine(lexicalVectors(taxonomy), (i, acc, touched) => {
    lexical.set(i, new Map(touched.map((j) => [j, acc[j]!])));
  });
  const rows: [number, number][][] = Array.from({ length: n }, () => []);
  pairwiseCosine(cooccurrenceVectors(taxonomy, skillIndex), (i, acc, touched) => {
    const lex = lexical.get(i) ?? new Map<number, number>();
    const group = taxonomy.skills[i]!.group;
    const strongest = (pairs: [number, number][], max: number) =>
      pairs
        .filter(([, x]) => x > 0)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, max)
        .map(([j]) => j);
    const candidates = new Set([
      ...strongest([...lex], cfg.maxByMeaning),
      ...strongest(
        touched.map((j) => [j, acc[j]!]),
        cfg.maxByCooccurrence,
      ),
    ]);
    for (const j of candidates) {
      let sim = Math.max(lex.get(j) ?? 0, cfg.cooccurrenceFactor * acc[j]!);
      if (taxonomy.skills[j]!.group === group) sim += cfg.sameGroupBonus;
      if (sim >= cfg.minSimilarity) rows[i]!.push([j, Math.min(1, sim)]);
    }
  });
  const start = new Int32Array(n + 1);
  const kept = rows.map((r) => r.sort((a, b) => b[1] - a[1] || a[0] - b[0]));
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + kept[i]!.length;
  const to = new Int32Array(start[n]!);
  const weight = new Float32Array(start[n]!);
  kept.forEach((r, i) => {
    r.forEach(([j, w], k) => {
      to[start[i]! + k] = j;
      weight[start[i]! + k] = w;
    });
  });
  return { start, to, weight };
}

/** Similarity of two taxonomy skills (1 for the same skill, 0 when unrelated). */
export function similarity(rel: Relatedness, a: number, b: number): number {
  if (a === b) return 1;
  if (a + 1 >= rel.start.length) return 0;
  for (let k = rel.start[a]!; k < rel.start[a + 1]!; k++) if (rel.to[k] === b) return rel.weight[k]!;
  return 0;
}
