import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { englishWords } from './english-words.ts';
import { createReader } from './reader.ts';

const taxonomy = loadTaxonomy();
const reader = createReader(taxonomy);
const suggested = (text: string) => {
  const r = reader.skill(text);
  return r.status === 'unread' ? r.suggestions.map((s) => taxonomy.skillByUri.get(s.uri)?.labelEn) : [];
};

describe('Dutch words to the English words of ESCO skills without a Dutch label', () => {
  it('keeps every folded Dutch word with its English words, second senses merged', () => {
    expect(englishWords.get('planten')).toEqual(['plant', 'plants']);
    for (const [nl, en] of englishWords) {
      expect(nl).toMatch(/^[a-z]+$/);
      expect(en.length).toBeGreaterThan(0);
    }
  });

  it('brings such skills into the suggestions ("piano spelen", "breien", "fokken", "acteren")', () => {
    expect(suggested('piano spelen')[0]).toBe('play the piano');
    expect(suggested('breien')[0]).toBe('use manual knitting techniques');
    expect(suggested('fokken')[0]).toMatch(/^breed /);
    expect(suggested('acteren')).toContain('act for an audience');
  });

  it('asks, the literal skill first, when a Dutch synonym of one skill is word for word another', () => {
    expect(suggested('zingen').slice(0, 2)).toEqual(['sing', 'express yourself creatively']);
  });

  it('takes a Dutch word it knows as a real word, not as a typo of another', () => {
    expect(suggested('melken')).toContain('milk animals');
  });
});
