import type { Taxonomy } from '@werkbrug/shared/taxonomy/catalog';
import type { Reading } from './reader/types.ts';
import { contextReading as cfg } from '../weights.ts';

/**
 * A job title the reader could not settle alone ("steward": cabin, train, ship or stadium?) is read
 * the way an adviser reads it: beside the rest of the profile. When the skills the person named
 * point at exactly one of the title's suggestions, that suggestion is the reading. Otherwise the
 * title stays unread and the person is asked, as before. Typed alone (no skills), nothing changes.
 *
 * Only suggestions within `scoreWindow` of the best one take part: the text still decides first.
 * Support of a suggestion: each named skill that the occupation lists as essential counts 1, as
 * optional `optionalSupport`. One suggestion must reach `minSupport` and lead every other by
 * `lead`; a tie or a weak hint keeps the question.
 */
export function readTitleInContext(reading: Reading, namedSkills: ReadonlySet<string>, taxonomy: Taxonomy): Reading {
  if (reading.status !== 'unread' || namedSkills.size === 0) return reading;
  const top = reading.suggestions[0]?.score ?? 0;
  // Context chooses between readings the text supports about equally well, never against the text:
  // "helpdesk medewerker ict" stays a helpdesk worker (0.86) though ICT skills point at a technician (0.65).
  const candidates = reading.suggestions
    .slice(0, cfg.suggestionsConsidered)
    .filter((s) => s.score >= top - cfg.scoreWindow && taxonomy.occupationIndex.has(s.uri));
  if (candidates.length < 2) return reading;
  const named = new Set<number>();
  for (const uri of namedSkills) {
    const k = taxonomy.skillIndex.get(uri);
    if (k !== undefined) named.add(k);
  }
  const support = candidates.map((s) => {
    const { essential, optional } = taxonomy.skillIndicesOf(taxonomy.occupationIndex.get(s.uri)!);
    let sum = 0;
    for (const k of essential) if (named.has(k)) sum += 1;
    for (const k of optional) if (named.has(k)) sum += cfg.optionalSupport;
    return sum;
  });
  const best = support.indexOf(Math.max(...support));
  const bestSupport = support[best]!;
  const runnerUp = Math.max(0, ...support.filter((_, i) => i !== best));
  if (bestSupport < cfg.minSupport || bestSupport - runnerUp < cfg.lead) return reading;
  const chosen = candidates[best]!;
  return { status: 'read', kind: 'occupation', uri: chosen.uri, score: chosen.score, sector: reading.sector };
}
