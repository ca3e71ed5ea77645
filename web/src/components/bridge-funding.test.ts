import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { fundingNotes, type StepFunding } from './bridge-funding.ts';

const employer = { nameNl: 'Werkgever', nameEn: 'Paid by the employer', amount: 3200 };
const bbl = (over: Partial<StepFunding>): StepFunding => ({
  course: { mode: 'BBL' },
  costAfterFunding: 3200,
  funding: null,
  otherFunding: [],
  ...over,
});

describe('who pays for a course of a route', () => {
  it('says that an employer usually pays a BBL course that costs money on this route', () => {
    expect(fundingNotes(bbl({}), 'nl', nl)).toEqual([nl.routes.stepBblEmployerPays]);
    expect(fundingNotes(bbl({}), 'en', en)).toEqual([en.routes.stepBblEmployerPays]);
  });

  it('names the payer when the employer pays, and adds nothing for other courses', () => {
    const paid = fundingNotes(bbl({ costAfterFunding: 0, funding: employer }), 'nl', nl);
    expect(paid).toHaveLength(1);
    expect(paid[0]).toContain('Werkgever');
    expect(fundingNotes(bbl({ course: { mode: 'KLASSIKAAL' } }), 'nl', nl)).toEqual([]);
  });

  it('names a loan as a loan', () => {
    const loan = { nameNl: 'Levenlanglerenkrediet', nameEn: 'Lifelong learning credit', role: 'LOAN' };
    const notes = fundingNotes(bbl({ course: { mode: 'ONLINE' }, otherFunding: [loan] }), 'en', en);
    expect(notes).toEqual([en.routes.stepLoan('Lifelong learning credit')]);
  });
});
