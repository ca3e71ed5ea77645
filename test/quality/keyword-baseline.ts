import type { Vacancy } from '@werkbrug/shared/schemas/vacancy';

/**
 * The baseline the engine must beat: what a plain job board does. The profile's skill and occupation
 * labels (Dutch) become query words; a vacancy scores the number of distinct query words found in its
 * title and description. Same hard filters as the engine (the comparison is about ranking).
 */
const stopwords = new Set(
  'de het een en van in op met voor aan te of bij om door naar over uit als tot die dat er zijn je wij we'.split(' '),
);

export function terms(text: string): Set<string> {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return new Set(folded.split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !stopwords.has(w)));
}

export function keywordRank(queryLabels: readonly string[], pool: readonly Vacancy[], first: number): Vacancy[] {
  const query = terms(queryLabels.join(' '));
  return pool
    .map((v) => {
      const doc = terms(`${v.title} ${v.description}`);
      let score = 0;
      for (const t of query) if (doc.has(t)) score++;
      return { v, score };
    })
    .sort((a, b) => b.score - a.score || (a.v.id < b.v.id ? -1 : 1))
    .slice(0, first)
    .map((x) => x.v);
}
