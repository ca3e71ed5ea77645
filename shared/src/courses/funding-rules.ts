import type { Course } from '../schemas/course.ts';
import { fundingSituations, validOn, type FundingSchemeData, type FundingSituation } from '../schemas/funding.ts';

/**
 * One scheme's part in paying for a course. Only a `grant` lowers what the person pays; a loan is money you can
 * borrow and pay back, `employer` money goes to the employer (it makes a learn-work place possible), and
 * `possible` schemes may help but their amount is not known.
 */
export interface FundingUse {
  key: string;
  nameNl: string;
  nameEn: string;
  role: 'grant' | 'loan' | 'employer' | 'possible';
  /** Euros: for a grant what it takes off the price; for a loan what you could borrow; 0 when unknown. */
  amount: number;
  /** False when the rule is uncertain: the page says "check bij je werkadviseur". */
  certain: boolean;
  /** What is uncertain, in Dutch; null when certain. */
  note: string | null;
}

/**
 * The one home of the funding rules: which schemes pay for which step of a plan, and how much. The schemes
 * themselves are data (shared/curation/funding, changed by admins); nothing here names a scheme. The matching
 * engine applies them to routes (services/matching/src/matching/routes), the search index to course facets.
 *
 * - A scheme is offered for a course only when the course starts inside the scheme's validity: ended schemes
 *   stay for history, never for a course that starts after their end.
 * - Who may use a scheme follows from the situations a person said they are in (route-facts.ts), never from
 *   age, gender or origin. An employer in the route (a learn-work contract) makes the person "werkend".
 * - One grant per course, the one that pays most. Caps: a share of the price, a maximum per course, and a
 *   maximum per person per calendar year shared by every course of the plan that starts in that year.
 * - A loan is shown as a loan and never lowers the cost; money paid to the employer (praktijkleren) is shown
 *   as such; a scheme without a known amount is shown as "may help". Uncertain rules ask to check with the
 *   werkadviseur.
 */
export interface FundingStep {
  course: Pick<Course, 'kind' | 'mode' | 'price' | 'durationWeeks'>;
  startDate: string;
  /** An employer takes part: the course comes with a job, or the target vacancy's employer trains. */
  employerInRoute: boolean;
  /** Leads to an occupation with good prospects (a growing sector) or comes with a job guarantee. */
  towardsShortage: boolean;
  /** Sectors of the occupations the course leads to (for sector funds). */
  sectors: readonly string[];
}

export interface StepFunding {
  price: number;
  cost: number;
  grant: FundingUse | null;
  other: FundingUse[];
  checkWithAdviser: boolean;
}

const learnWorkKinds = new Set(['mbo-bbl', 'leerwerktraject']);

export function schemeApplies(
  scheme: FundingSchemeData,
  step: FundingStep,
  situations: ReadonlySet<FundingSituation>,
): boolean {
  const rules = scheme.courses;
  if (!validOn(scheme, step.startDate)) return false;
  if (!rules.kinds.includes(step.course.kind)) return false;
  if (rules.requiresBbl && step.course.mode !== 'bbl' && !learnWorkKinds.has(step.course.kind)) return false;
  if (rules.requiresEmployer && !step.employerInRoute) return false;
  if (rules.requiresShortageOccupation && !step.towardsShortage) return false;
  if (rules.sectors !== null && !rules.sectors.some((k) => step.sectors.includes(k))) return false;
  const who = scheme.who.situations;
  if (who.includes('any')) return true;
  // With a learn-work contract you work for that employer, whatever your situation was before.
  const working = step.employerInRoute && rules.requiresEmployer;
  return who.some((s) => situations.has(s) || (working && s === 'werkend'));
}

const euros = (n: number) => Math.round(Math.max(0, n) * 100) / 100;

function use(scheme: FundingSchemeData, role: FundingUse['role'], amount: number): FundingUse {
  return {
    key: scheme.key,
    nameNl: scheme.nameNl,
    nameEn: scheme.nameEn,
    role,
    amount: euros(amount),
    certain: scheme.certainty === 'certain',
    note: scheme.certainty === 'certain' ? null : scheme.uncertainNote,
  };
}

/** What a grant would pay for this price with this much left of its yearly cap; null when unknown. */
function grantAmount(scheme: FundingSchemeData, price: number, leftThisYear: number): number | null {
  const { shareOfCost, perCourse, perPersonPerYear } = scheme.caps;
  if (shareOfCost === null && perCourse === null && perPersonPerYear === null) return null;
  let amount = price * (shareOfCost ?? 1);
  if (perCourse !== null) amount = Math.min(amount, perCourse);
  if (perPersonPerYear !== null) amount = Math.min(amount, leftThisYear);
  return euros(amount);
}

/**
 * Funds the steps of a plan in the order they are taken. Every step gets at most one grant; what a scheme
 * paid in a calendar year counts against its per-person-per-year cap for every later step in that year.
 */
export function fundPlan(
  schemes: readonly FundingSchemeData[],
  situations: ReadonlySet<FundingSituation>,
  steps: readonly FundingStep[],
): StepFunding[] {
  const spent = new Map<string, number>();
  return steps.map((step) => {
    const price = step.course.price;
    const year = step.startDate.slice(0, 4);
    const applicable = schemes.filter((s) => schemeApplies(s, step, situations));
    let grant: { scheme: FundingSchemeData; amount: number } | null = null;
    const other: FundingUse[] = [];
    for (const scheme of applicable) {
      if (scheme.isLoan) continue;
      const perYear = scheme.caps.perPersonPerYear;
      const left = perYear === null ? Number.POSITIVE_INFINITY : perYear - (spent.get(`${scheme.key}/${year}`) ?? 0);
      const amount = grantAmount(scheme, price, left);
      if (amount === null) {
        if (scheme.caps.perPlacePerYear !== null)
          other.push(
            use(scheme, 'employer', scheme.caps.perPlacePerYear * Math.max(1, step.course.durationWeeks / 52)),
          );
        else if (price > 0) other.push(use(scheme, 'possible', 0));
        continue;
      }
      if (price <= 0 || amount <= 0) continue;
      const better =
        grant === null ||
        amount > grant.amount ||
        (amount === grant.amount && scheme.certainty === 'certain' && grant.scheme.certainty !== 'certain');
      if (better) grant = { scheme, amount };
    }
    if (grant && grant.scheme.caps.perPersonPerYear !== null) {
      const k = `${grant.scheme.key}/${year}`;
      spent.set(k, (spent.get(k) ?? 0) + grant.amount);
    }
    const cost = euros(price - (grant?.amount ?? 0));
    // A loan can pay what is left, and is shown as a loan: the cost stays what it is.
    if (cost > 0) for (const scheme of applicable) if (scheme.isLoan) other.push(use(scheme, 'loan', cost));
    const grantUse = grant ? use(grant.scheme, 'grant', grant.amount) : null;
    return {
      price,
      cost,
      grant: grantUse,
      other,
      checkWithAdviser:
        (grantUse !== null && !grantUse.certain) ||
        other.some((o) => o.role === 'possible' || (o.role === 'loan' && !o.certain)),
    };
  });
}

/**
 * The schemes that may pay for a course starting on `startDate`, whoever takes it: for search facets. Who may
 * use them depends on the person (their situation, an employer in the route); the course page says so.
 */
export function schemesForCourse(
  schemes: readonly FundingSchemeData[],
  course: Pick<Course, 'kind' | 'mode' | 'price' | 'durationWeeks' | 'employerName' | 'jobGuarantee'>,
  startDate: string,
  towardsShortage: boolean,
  sectors: readonly string[],
): FundingSchemeData[] {
  const anyone = new Set<FundingSituation>(fundingSituations);
  // A BBL course always has an employer: the learn-work job is part of it.
  const employerInRoute = course.employerName !== null || course.mode === 'bbl' || course.kind === 'leerwerktraject';
  return schemes.filter((s) =>
    schemeApplies(s, { course, startDate, employerInRoute, towardsShortage, sectors }, anyone),
  );
}

/** The price after grants anyone may use (no situation, no employer needed): what search sorts and filters on. */
export function priceForAnyone(
  schemes: readonly FundingSchemeData[],
  course: Pick<Course, 'kind' | 'mode' | 'price' | 'durationWeeks'>,
  startDate: string,
): number {
  const [step] = fundPlan(schemes, new Set<FundingSituation>(['any']), [
    { course, startDate, employerInRoute: false, towardsShortage: false, sectors: [] },
  ]);
  return step!.cost;
}
