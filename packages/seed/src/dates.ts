/** Seed data is dated relative to a fixed reference day, so that seeding twice gives identical data. */
export const defaultReferenceDate = '2026-11-16';

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function atNoon(isoDate: string): string {
  return `${isoDate}T12:00:00.000Z`;
}
