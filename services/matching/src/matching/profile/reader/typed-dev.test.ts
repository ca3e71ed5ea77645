import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '@werkbrug/shared/taxonomy/catalog';
import { createReader } from './reader.ts';
import type { Reading } from './types.ts';

/**
 * The reader's development sets (__fixtures__/typed-dev.json: 133 job titles and 84 skills;
 * typed-dev-2.json: 130 and 114, written by another hand for round 2), as Dutch jobseekers type them,
 * over all ISCO major groups, with accepted ESCO readings looked up by hand. Each was written before the
 * reader was changed for it; the test prints the figures and bounds them so a change that reads more
 * words from our own lists but fewer in general shows up here. Outcomes as in test/quality: read right,
 * asked right (unread with an accepted suggestion), asked wrong, misread (read as something not
 * accepted: the one outcome to avoid most).
 */
interface Item {
  typed: string;
  accepted: string[];
}
interface DevSet {
  titles: Item[];
  skills: Item[];
}
const load = (file: string) =>
  JSON.parse(readFileSync(new URL(`../__fixtures__/${file}`, import.meta.url), 'utf8')) as DevSet;

const reader = createReader(loadTaxonomy());
type Outcome = 'right' | 'asked-right' | 'asked-wrong' | 'misread';
function outcome(r: Reading, accepted: readonly string[]): Outcome {
  if (r.status === 'read')
    return accepted.includes(r.kind === 'certificate' ? `certificate:${r.key}` : r.uri) ? 'right' : 'misread';
  return r.suggestions.some((s) => accepted.includes(s.uri)) ? 'asked-right' : 'asked-wrong';
}

/**
 * Floors just under each set's figures (see docs/matching.md). typed-dev.json after issue 10's general
 * reading rules: titles 90 % read right, 77 % of the rest asked right, 0 misread; skills 86 %, 75 %, 3.
 * typed-dev-2.json as first measured, before round 2 changed the reader: titles 91 % read right, 87 %
 * of the rest asked right, 1 misread; skills 77 %, 62 %, 4. After round 2 (docs/matching.md): titles
 * 91 %, 93 %, 1; skills 83 %, 63 %, 3. The skills' share of the rest asked right fell on the way because
 * easy questions are now read right: the rest is the harder part.
 */
const sets = [
  {
    file: 'typed-dev.json',
    minItems: { title: 120, skill: 80 },
    floors: {
      title: { readRight: 0.88, restAskedRight: 0.7, misreadMax: 1 },
      skill: { readRight: 0.84, restAskedRight: 0.7, misreadMax: 3 },
    },
  },
  {
    file: 'typed-dev-2.json',
    minItems: { title: 100, skill: 100 },
    floors: {
      title: { readRight: 0.89, restAskedRight: 0.9, misreadMax: 1 },
      skill: { readRight: 0.81, restAskedRight: 0.6, misreadMax: 3 },
    },
  },
];

for (const { file, minItems, floors } of sets)
  describe(`the development set ${file} of typed titles and skills`, () => {
    const set = load(file);
    it('is large and broad enough to judge the reader by', () => {
      expect(set.titles.length).toBeGreaterThanOrEqual(minItems.title);
      expect(set.skills.length).toBeGreaterThanOrEqual(minItems.skill);
    });

    for (const kind of ['title', 'skill'] as const)
      it(`reads typed ${kind}s right or asks with an accepted suggestion`, () => {
        const items = kind === 'title' ? set.titles : set.skills;
        const got = items.map((i) => ({ typed: i.typed, outcome: outcome(reader[kind](i.typed), i.accepted) }));
        const count = (o: Outcome) => got.filter((g) => g.outcome === o).length;
        const right = count('right');
        const readRight = right / items.length;
        const restAskedRight = right === items.length ? 1 : count('asked-right') / (items.length - right);
        console.log(
          `${file} ${kind}s: read right ${(readRight * 100).toFixed(0)} % (${right}/${items.length}); of the rest asked right ${(restAskedRight * 100).toFixed(0)} %; asked wrong ${count('asked-wrong')}; misread ${count('misread')}`,
        );
        for (const g of got)
          if (g.outcome === 'misread' || g.outcome === 'asked-wrong') console.log(`  ${g.outcome}: ${g.typed}`);
        const f = floors[kind];
        expect(readRight).toBeGreaterThanOrEqual(f.readRight);
        expect(restAskedRight).toBeGreaterThanOrEqual(f.restAskedRight);
        expect(count('misread')).toBeLessThanOrEqual(f.misreadMax);
      });
  });
