/**
 * Reading what people type: each typed title (or skill) goes alone through the API's resolution
 * (matchVacancies' `resolution`). Outcomes per item:
 *   right          readable item: the top reading is accepted; unreadable item: returned unread, with at
 *                  least one accepted suggestion when the item lists any
 *   asked-right    returned unread with at least one accepted suggestion (accepted readings or listed
 *                  suggestions) although one reading was right
 *   asked-wrong    returned unread without an accepted suggestion
 *   misread        read, confidently, as something not accepted
 *   dropped        neither read nor reported as unread (must never happen)
 */
import { type Capabilities, type NeutralResolution, resolveTexts } from './adapter.ts';
import { type GraphqlClient, mapLimit } from './client.ts';
import type { ResolutionItem } from './data.ts';

export type Outcome = 'right' | 'asked-right' | 'asked-wrong' | 'misread' | 'dropped';

export interface ItemResult {
  typed: string;
  outcome: Outcome;
  got: string;
}

export interface ResolutionSummary {
  total: number;
  counts: Record<Outcome, number>;
  /** right / total */
  readRight: number;
  /** asked-right / (total - right) (1 when nothing is left) */
  restAskedRight: number;
  items: ItemResult[];
}

const norm = (s: string) => s.trim().toLowerCase();

export function classify(item: ResolutionItem, r: NeutralResolution, kind: 'occupation' | 'skill'): ItemResult {
  const typed = norm(item.typed);
  // One item is sent at a time, so every answer belongs to it; the product may split or rewrite the text
  // ("stewardess KLM" -> "stewardess"), so exact text first, then any answer.
  const exactRead = r.resolved.filter((x) => norm(x.text) === typed);
  const exactAsked = r.unresolved.filter((x) => norm(x.value) === typed);
  const readings = exactRead.length ? exactRead : exactAsked.length ? [] : r.resolved;
  const asked = exactAsked.length ? exactAsked : readings.length ? [] : r.unresolved;
  const good = new Set([...item.accepted, ...(item.suggestions ?? [])]);
  const reading = readings.find((x) => x.kind === kind || x.kind === 'certificate') ?? readings[0];
  if (reading) {
    if (!item.unreadable && item.accepted.includes(reading.reading))
      return { typed: item.typed, outcome: 'right', got: reading.reading };
    return { typed: item.typed, outcome: 'misread', got: reading.reading };
  }
  if (asked.length) {
    const suggestions = asked.flatMap((a) => a.suggestions);
    const hit = suggestions.some((s) => good.has(s));
    const got = `unread (${suggestions.length} suggestions)`;
    if (item.unreadable) return { typed: item.typed, outcome: hit || good.size === 0 ? 'right' : 'asked-wrong', got };
    return { typed: item.typed, outcome: hit ? 'asked-right' : 'asked-wrong', got };
  }
  return { typed: item.typed, outcome: 'dropped', got: 'nothing' };
}

export function summarise(items: ItemResult[]): ResolutionSummary {
  const counts: Record<Outcome, number> = { right: 0, 'asked-right': 0, 'asked-wrong': 0, misread: 0, dropped: 0 };
  for (const i of items) counts[i.outcome]++;
  const rest = items.length - counts.right;
  return {
    total: items.length,
    counts,
    readRight: items.length ? counts.right / items.length : 0,
    restAskedRight: rest === 0 ? 1 : counts['asked-right'] / rest,
    items,
  };
}

export async function evaluateResolution(
  client: GraphqlClient,
  caps: Capabilities,
  items: ResolutionItem[],
  kind: 'occupation' | 'skill',
): Promise<ResolutionSummary> {
  const results = await mapLimit(items, 3, async (item) => {
    try {
      const r = await resolveTexts(
        client,
        caps,
        kind === 'occupation' ? { occupations: [item.typed] } : { skills: [item.typed] },
      );
      return classify(item, r, kind);
    } catch (e) {
      return { typed: item.typed, outcome: 'dropped' as const, got: `error: ${(e as Error).message.slice(0, 80)}` };
    }
  });
  return summarise(results);
}
