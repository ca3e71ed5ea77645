import { describe, expect, it } from 'vitest';
import { nextAlertRun } from './alert-schedule.ts';

describe('the alert schedule', () => {
  it('runs daily searches at the next alert hour', () => {
    expect(nextAlertRun(new Date('2026-03-02T05:00:00Z'), 'daily', 6).toISOString()).toBe('2026-03-02T06:00:00.000Z');
    expect(nextAlertRun(new Date('2026-03-02T06:00:00Z'), 'daily', 6).toISOString()).toBe('2026-03-03T06:00:00.000Z');
    expect(nextAlertRun(new Date('2026-12-31T23:00:00Z'), 'daily', 6).toISOString()).toBe('2027-01-01T06:00:00.000Z');
  });

  it('runs weekly searches a week on', () => {
    expect(nextAlertRun(new Date('2026-03-02T06:00:00Z'), 'weekly', 6).toISOString()).toBe('2026-03-09T06:00:00.000Z');
    expect(nextAlertRun(new Date('2026-03-02T05:00:00Z'), 'weekly', 6).toISOString()).toBe('2026-03-08T06:00:00.000Z');
  });
});
