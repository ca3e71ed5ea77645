import type { AlertFrequency } from '../store/ports.ts';

const day = 86_400_000;

/**
 * When a saved search runs next: at the alert hour (UTC), the first one after `from` for a daily
 * search, and a week on for a weekly one (at least six days after `from`).
 */
export function nextAlertRun(from: Date, frequency: AlertFrequency, hourUtc: number): Date {
  const earliest = new Date(from.getTime() + (frequency === 'weekly' ? 6 * day : 0));
  const at = new Date(Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth(), earliest.getUTCDate(), hourUtc));
  return at.getTime() > earliest.getTime() ? at : new Date(at.getTime() + day);
}
