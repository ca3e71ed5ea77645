import type { Occupation, SectorKey } from '@werkbrug/shared/schemas/taxonomy';

/**
 * Moves between occupations that the region has organised or that its werkadviseurs make again and
 * again. ESCO's occupations share few exact skills across sectors, so without these a move that works
 * in practice (cabin crew into elderly care) would look far-fetched. A route adds
 * `transition.routeBonus` x strength to the similarity of every occupation on its `from` side to every
 * occupation on its `to` side (model/transitions.ts), so it counts as evidence of a move.
 *
 * A side names sectors, ISCO-08 prefixes, or both (both must hold). ISCO groups keep routes valid for
 * all 3,007 ESCO occupations: "care helpers" is ISCO 532 whatever the occupation's label.
 * Strength follows the evidence: 1 for programmes that moved people at scale, 0.8 for a regional
 * programme or a move advisers make routinely, 0.5-0.6 for a pilot or an occasional move.
 */
export interface RouteSide {
  sectors?: readonly SectorKey[];
  /** ISCO-08 code prefixes (1-4 digits). */
  isco?: readonly string[];
}

export interface OccupationRoute {
  from: RouteSide;
  to: RouteSide;
  strength: number;
  /** Where the route is documented (a URL), or the practice it comes from. */
  source: string;
}

const klm =
  'https://www.trouw.nl/economie/deze-klm-ers-ruilen-hun-blauwe-pak-in-voor-de-zorg-ik-ben-inmiddels-wel-geland~b13d2359/';
const actiz = 'https://www.skipr.nl/nieuws/werkloze-stewardessen-gaan-naar-ouderenzorg/';
const techniektuin =
  'https://techport.nl/en/laatste-nieuws/deelnemer-rick-ik-zie-dit-traject-als-een-kans-om-mij-te-orienteren-en-een-stukje-opleiding-te-krijgen';
const tataAcademy = 'https://www.processcontrol.nl/intern-opleiden-wordt-steeds-relevanter/';
const mobiliteitsteam =
  'https://www.ijmondwerkt.com/2021/10/04/zkij-werkt-door-helpt-werkzoekenden-en-werkgevers-na-coronacrisis/';

/** Care helpers and carers (ISCO 532), nursing associates (3221) and social care associates (3412). */
const care: RouteSide = { isco: ['532', '3221', '3412'] };
/** Contact centre, enquiry, reception and client information clerks. */
const customerService: RouteSide = { isco: ['4222', '4225', '4226', '4229'] };
/** Child care workers and teachers' aides. */
const childcare: RouteSide = { isco: ['5311', '5312'] };
/** Stock clerks, freight handlers, lifting-truck operators, packers. */
const logistics: RouteSide = { isco: ['4321', '9333', '8344', '9321'] };
/** Electricians and electronics mechanics. */
const electrical: RouteSide = { isco: ['741', '742'] };
/**
 * Installation and maintenance trades, process operators: the "techniek" of the IJmond programmes
 * (elektro, metaal, installatie, proces, isolatie), not the other building trades.
 */
const technical: RouteSide = { isco: ['7124', '7126', '7127', '72', '74', '313', '8131', '3113', '3115'] };
const cabinCrew: RouteSide = { isco: ['5111'] };
const groundPassengerService: RouteSide = { sectors: ['aviation'], isco: ['4221', '4224', '4229'] };

export const occupationRoutes: readonly OccupationRoute[] = [
  // KLM + ActiZ: cabin crew into elderly care (helpende, verzorgende IG): 35 had switched by Dec 2020.
  { from: cabinCrew, to: care, strength: 1, source: klm },
  // Cabin crew to security and customer contact: moves the regional mobility team advises routinely.
  { from: cabinCrew, to: { isco: ['5414'] }, strength: 0.8, source: mobiliteitsteam },
  { from: cabinCrew, to: customerService, strength: 0.8, source: mobiliteitsteam },
  // Cabin crew to childcare and the classroom (pedagogisch medewerker, onderwijsassistent): looking after
  // people of every age is their trade; advised, though less often than care.
  { from: cabinCrew, to: childcare, strength: 0.6, source: mobiliteitsteam },
  { from: groundPassengerService, to: customerService, strength: 0.8, source: mobiliteitsteam },
  { from: groundPassengerService, to: care, strength: 0.6, source: actiz },
  // ActiZ and care employers: retraining programmes for unemployed hospitality and travel-agency staff.
  // (Programmes developed, without numbers moved: a regional programme's strength.)
  { from: { sectors: ['hospitality'] }, to: care, strength: 0.8, source: actiz },
  { from: { sectors: ['travel'] }, to: care, strength: 0.8, source: actiz },
  { from: { sectors: ['travel'] }, to: customerService, strength: 0.8, source: mobiliteitsteam },
  // Hospitality into childcare (BBL pedagogisch medewerker), retail into logistics and customer service.
  { from: { sectors: ['hospitality'] }, to: childcare, strength: 0.8, source: mobiliteitsteam },
  { from: { sectors: ['retail'] }, to: logistics, strength: 0.8, source: mobiliteitsteam },
  { from: { sectors: ['retail'] }, to: customerService, strength: 0.8, source: mobiliteitsteam },
  // Techniektuin IJmond (NOVA Campus Beverwijk): job seekers "e.g. horeca/retail" into techniek (pilot).
  { from: { sectors: ['hospitality', 'retail'] }, to: technical, strength: 0.5, source: techniektuin },
  // Steel workers into installation, maintenance and process work (Tata Steel Academy, Techniektuin).
  { from: { sectors: ['steel'] }, to: technical, strength: 0.8, source: tataAcademy },
  // Event and stage technicians into electrical installation (the trade they already half practise).
  { from: { isco: ['3435', '3521', '3522'] }, to: electrical, strength: 0.8, source: techniektuin },
];

function onSide(o: Occupation, side: RouteSide): boolean {
  if (side.sectors && !side.sectors.includes(o.sector)) return false;
  if (side.isco && !side.isco.some((p) => o.isco08.startsWith(p))) return false;
  return side.sectors !== undefined || side.isco !== undefined;
}

/** The routes that start from this occupation (checked once per transition row). */
export function routesFrom(from: Occupation): OccupationRoute[] {
  return occupationRoutes.filter((r) => onSide(from, r.from));
}

/** The strength (0..1) of the strongest of these routes that reaches this occupation. */
export function routeStrengthTo(routes: readonly OccupationRoute[], to: Occupation): number {
  let best = 0;
  for (const r of routes) if (r.strength > best && onSide(to, r.to)) best = r.strength;
  return best;
}

/** The strength of the strongest documented move from one occupation to another. */
export function routeStrength(from: Occupation, to: Occupation): number {
  return routeStrengthTo(routesFrom(from), to);
}
