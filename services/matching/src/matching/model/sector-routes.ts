import type { Occupation, SectorKey } from '@werkbrug/shared/schemas/taxonomy';

/**
 * Documented regional retraining routes between sectors (copied from the project's research notes,
 * retraining_routes.csv, with their sources). ESCO's occupations share few exact skills across sectors,
 * so a move that the region has actually organised (cabin crew into elderly care) would otherwise look
 * far-fetched. A route adds `transition.routeBonus` x strength to the occupation similarity from
 * each occupation it starts from to every occupation of the target sector. Strength follows the
 * evidence: 1 for programmes that moved people at scale, 0.5 for a pilot. Only routes with a source.
 */
export interface SectorRoute {
  from: SectorKey;
  /** Dutch labels of the occupations the route is for; all of the sector when absent. */
  fromOccupations?: readonly string[];
  to: SectorKey;
  strength: number;
  source: string;
}

const actiz = 'https://www.skipr.nl/nieuws/werkloze-stewardessen-gaan-naar-ouderenzorg/';
const klm =
  'https://www.trouw.nl/economie/deze-klm-ers-ruilen-hun-blauwe-pak-in-voor-de-zorg-ik-ben-inmiddels-wel-geland~b13d2359/';
const techniektuin =
  'https://techport.nl/en/laatste-nieuws/deelnemer-rick-ik-zie-dit-traject-als-een-kans-om-mij-te-orienteren-en-een-stukje-opleiding-te-krijgen';

export const sectorRoutes: readonly SectorRoute[] = [
  // KLM + ActiZ: cabin crew into elderly care (helpende / verzorgende IG), 35 switched by Dec 2020.
  {
    from: 'aviation',
    fromOccupations: ['cabinemedewerker', 'purser', 'steward/stewardess'],
    to: 'healthcare',
    strength: 1,
    source: klm,
  },
  // ActiZ and care employers: retraining programmes for unemployed hospitality and travel-agency staff.
  { from: 'hospitality', to: 'healthcare', strength: 1, source: actiz },
  {
    from: 'travel',
    fromOccupations: ['reisagent', 'reisconsulent', 'reisbureaumanager'],
    to: 'healthcare',
    strength: 1,
    source: actiz,
  },
  // Techniektuin IJmond (NOVA Campus Beverwijk): job seekers, "e.g. horeca/retail", into techniek
  // (elektro, metaal, installatie, proces, isolatie); the metal and process trades are the steel
  // workers' own, so steel is included.
  { from: 'hospitality', to: 'technical_energy', strength: 0.5, source: techniektuin },
  { from: 'retail', to: 'technical_energy', strength: 0.5, source: techniektuin },
  { from: 'steel', to: 'technical_energy', strength: 0.5, source: techniektuin },
];

/** The strength (0..1) of the strongest documented route from this occupation into that sector. */
export function routeStrength(from: Occupation, to: SectorKey): number {
  let best = 0;
  for (const r of sectorRoutes) {
    if (r.from !== from.sector || r.to !== to) continue;
    if (r.fromOccupations && !r.fromOccupations.includes(from.labelNl)) continue;
    best = Math.max(best, r.strength);
  }
  return best;
}
