/** Calendar days as integers (days since 1970-01-01, UTC), so date checks in hot loops are int compares. */
export function dayNumber(isoDate: string): number {
  const ms = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`Not a date: ${isoDate}`);
  return Math.floor(ms / 86_400_000);
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
