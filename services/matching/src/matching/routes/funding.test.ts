import { describe, expect, it } from 'vitest';
import { availableFunding, costAfterFunding, isFundable } from './funding.ts';
import { fundingMask } from '../model/course-columns.ts';

describe('funding', () => {
  const own = availableFunding(['stap', 'nl-leert-door'], false);

  it('takes STAP (up to €1,000) off the price', () => {
    expect(costAfterFunding(1400, fundingMask(['stap']), own)).toEqual({ cost: 400, scheme: 'stap' });
    expect(costAfterFunding(600, fundingMask(['stap']), own)).toEqual({ cost: 0, scheme: 'stap' });
  });

  it('makes NL leert door free and prefers it over STAP', () => {
    expect(costAfterFunding(250, fundingMask(['stap', 'nl-leert-door']), own)).toEqual({
      cost: 0,
      scheme: 'nl-leert-door',
    });
  });

  it('counts employer funding only for a vacancy that is BBL or offers training', () => {
    const bbl = fundingMask(['praktijkleren', 'werkgever']);
    expect(costAfterFunding(1250, bbl, own)).toEqual({ cost: 1250, scheme: null });
    expect(isFundable(1250, bbl, own)).toBe(false);
    const withEmployer = availableFunding(['stap'], true);
    expect(costAfterFunding(1250, bbl, withEmployer)).toEqual({ cost: 0, scheme: 'werkgever' });
  });

  it('only uses the schemes the person qualifies for', () => {
    const none = availableFunding([], false);
    expect(costAfterFunding(300, fundingMask(['stap']), none)).toEqual({ cost: 300, scheme: null });
    expect(isFundable(300, fundingMask(['stap']), none)).toBe(false);
    expect(isFundable(0, 0, none)).toBe(true);
  });
});
