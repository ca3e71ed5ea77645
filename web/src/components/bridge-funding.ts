import { formatEuro, type Lang } from '../i18n/format.ts';
import type { Messages } from '../i18n/nl.ts';

interface FundingName {
  nameNl: string;
  nameEn: string;
}

export interface StepFunding {
  course: { mode?: string };
  costAfterFunding: number;
  funding?: (FundingName & { amount: number }) | null;
  otherFunding: readonly (FundingName & { role: string })[];
}

/**
 * Who pays for one course of a route, as the parts after its weeks and dates: the grant that pays,
 * a loan that can, and for a BBL course that costs money on this route, that an employer who hires
 * you for it usually pays (the same course shows EUR 0 on a match whose employer trains).
 */
export function fundingNotes(step: StepFunding, lang: Lang, t: Messages): string[] {
  const name = (f: FundingName) => (lang === 'en' ? f.nameEn : f.nameNl);
  const notes: string[] = [];
  if (step.funding) notes.push(t.routes.stepGrant(name(step.funding), formatEuro(lang, step.funding.amount)));
  const loan = step.otherFunding.find((o) => o.role === 'LOAN');
  if (loan) notes.push(t.routes.stepLoan(name(loan)));
  if (step.course.mode === 'BBL' && step.costAfterFunding > 0 && !step.funding)
    notes.push(t.routes.stepBblEmployerPays);
  return notes;
}
