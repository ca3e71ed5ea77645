import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createTaxonomyLookup } from './taxonomy-lookup.ts';
import { resolveProfile } from './resolve.ts';
import { readTitleInContext } from './context-reading.ts';
import type { Reading } from './reader/types.ts';
import { inlineProfile } from '../../testkit/matching.ts';

const taxonomy = loadTaxonomy();
const lookup = createTaxonomyLookup(taxonomy);

const readTitles = (occupationTexts: string[], skillTexts: string[]) => {
  const r = resolveProfile(inlineProfile({ occupationTexts, skillTexts }), taxonomy, lookup);
  return {
    read: r.occupations.map((o) => taxonomy.occupations[o.index]!.labelNl),
    asked: r.report.unresolved.filter((u) => u.kind === 'occupation').map((u) => u.value),
  };
};

describe('reading an unsure job title beside the skills the person named', () => {
  it('asks when the title is typed alone, and reads it when a named skill points at one suggestion', () => {
    expect(readTitles(['bijbaan horeca'], [])).toEqual({ read: [], asked: ['bijbaan horeca'] });
    // Serving at table is what a waiter does, not a cook, a barman or a kitchen helper.
    expect(readTitles(['bijbaan horeca'], ['bediening'])).toEqual({ read: ['ober/serveerster'], asked: [] });
  });

  it('keeps asking when the named skills say nothing about the suggestions', () => {
    expect(readTitles(['bijbaan horeca'], ['boekhouden'])).toEqual({ read: [], asked: ['bijbaan horeca'] });
  });

  it('keeps asking on a tie: two suggestions the same skill supports equally', () => {
    // Two occupations that list the same essential skill, and that skill as the only context.
    const shared = findSharedEssential();
    const reading: Reading = {
      status: 'unread',
      sector: null,
      suggestions: shared.occupations.map((uri, i) => ({ uri, score: 0.9 - i / 10 })),
    };
    expect(readTitleInContext(reading, new Set([shared.skill]), taxonomy)).toBe(reading);
    // One more supporting skill for the second one decides it.
    const extra = taxonomy
      .skillIndicesOf(taxonomy.occupationIndex.get(shared.occupations[1]!)!)
      .essential.find(
        (k) =>
          !taxonomy.skillIndicesOf(taxonomy.occupationIndex.get(shared.occupations[0]!)!).essential.includes(k) &&
          !taxonomy.skillIndicesOf(taxonomy.occupationIndex.get(shared.occupations[0]!)!).optional.includes(k),
      )!;
    const decided = readTitleInContext(reading, new Set([shared.skill, taxonomy.skills[extra]!.uri]), taxonomy);
    expect(decided).toMatchObject({ status: 'read', kind: 'occupation', uri: shared.occupations[1], score: 0.8 });
  });

  it('never chooses a suggestion the text supports clearly less than the best one', () => {
    const shared = findSharedEssential();
    const [first, second] = shared.occupations;
    const ownOfSecond = taxonomy
      .skillIndicesOf(taxonomy.occupationIndex.get(second)!)
      .essential.map((k) => taxonomy.skills[k]!.uri);
    // The named skills point at the second suggestion only, but the text reads it 0.2 less well.
    const reading: Reading = {
      status: 'unread',
      sector: null,
      suggestions: [
        { uri: first, score: 0.86 },
        { uri: second, score: 0.66 },
      ],
    };
    const named = new Set(
      ownOfSecond.filter(
        (u) =>
          !taxonomy
            .skillIndicesOf(taxonomy.occupationIndex.get(first)!)
            .essential.some((k) => taxonomy.skills[k]!.uri === u),
      ),
    );
    expect(named.size).toBeGreaterThan(0);
    expect(readTitleInContext(reading, named, taxonomy)).toBe(reading);
    // Within the window the same skills decide.
    const close: Reading = { ...reading, suggestions: [reading.suggestions[0]!, { uri: second, score: 0.8 }] };
    expect(readTitleInContext(close, named, taxonomy)).toMatchObject({ status: 'read', uri: second });
  });

  it('never turns a read title into another one', () => {
    const read = lookup.title('kok');
    expect(read.status).toBe('read');
    expect(readTitleInContext(read, new Set([taxonomy.skills[0]!.uri]), taxonomy)).toBe(read);
  });
});

function findSharedEssential(): { skill: string; occupations: [string, string] } {
  for (let a = 0; a < taxonomy.occupations.length; a++) {
    const ea = taxonomy.skillIndicesOf(a).essential;
    for (let b = a + 1; b < Math.min(taxonomy.occupations.length, a + 50); b++) {
      const rb = taxonomy.skillIndicesOf(b);
      const k = ea.find((x) => rb.essential.includes(x));
      const hasOwn = rb.essential.some((x) => !ea.includes(x) && !taxonomy.skillIndicesOf(a).optional.includes(x));
      if (k !== undefined && hasOwn) {
        return {
          skill: taxonomy.skills[k]!.uri,
          occupations: [taxonomy.occupations[a]!.uri, taxonomy.occupations[b]!.uri],
        };
      }
    }
  }
  throw new Error('no two occupations share an essential skill');
}
