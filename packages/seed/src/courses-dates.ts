import { addDays } from './dates.ts';

/** How far ahead a provider's start moments are published: long enough to plan a course after a two-year one. */
const horizonDays = 3 * 365;
/** A course that starts within a week is full: the first start offered is at least this far away. */
const leadDays = 7;

/** The first Monday of a month: schools and trainers start their groups on a Monday. */
function firstMonday(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month - 1, 1));
  const shift = (8 - d.getUTCDay()) % 7;
  d.setUTCDate(1 + shift);
  return d.toISOString().slice(0, 10);
}

/**
 * Dated starts for the months a provider starts in (1-12): the first Monday of each such month within the
 * next three years, earliest first, at most 24 (the schema's limit).
 */
// Thousands of offerings share a few patterns of start months: each pattern is worked out once.
const memo = new Map<string, string[]>();

export function startDatesFor(months: readonly number[], referenceDate: string): string[] {
  const key = `${referenceDate}|${months.join(',')}`;
  const known = memo.get(key);
  if (known) return [...known];
  const dates = compute(months, referenceDate);
  memo.set(key, dates);
  return [...dates];
}

function compute(months: readonly number[], referenceDate: string): string[] {
  const first = addDays(referenceDate, leadDays);
  const last = addDays(referenceDate, horizonDays);
  const year = Number(referenceDate.slice(0, 4));
  const dates: string[] = [];
  for (let y = year; y <= year + 3; y++) {
    for (const m of months) {
      const d = firstMonday(y, m);
      if (d >= first && d <= last) dates.push(d);
    }
  }
  return [...new Set(dates)].sort().slice(0, 24);
}
