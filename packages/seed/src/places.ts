import { postcodeAreas } from '@werkbrug/shared/region/postcodes';
import type { PostcodeArea } from '@werkbrug/shared/schemas/region';
import type { Random } from './random.ts';

const inRegion = postcodeAreas.filter((p) => p.inRegion && p.inhabitants > 0);
const neighbours = postcodeAreas.filter(
  (p) =>
    !p.inRegion &&
    ['Haarlemmermeer', 'Uitgeest', 'Castricum', 'Zaanstad'].includes(p.municipality) &&
    p.inhabitants > 0,
);

/** Weighted by inhabitants, so Haarlem gets most, but every municipality of the region gets its share. */
const regionWeights = inRegion.map((p) => [p, Math.sqrt(p.inhabitants)] as const);
const neighbourWeights = neighbours.map((p) => [p, Math.sqrt(p.inhabitants)] as const);

export function pickArea(random: Random, neighbourShare = 0.06): PostcodeArea {
  return random.chance(neighbourShare) ? random.weighted(neighbourWeights) : random.weighted(regionWeights);
}

export function pickAreaIn(random: Random, municipality: string): PostcodeArea {
  const options = inRegion.filter((p) => p.municipality === municipality);
  return options.length > 0 ? random.pick(options) : pickArea(random);
}

/** A point somewhere inside the PC4 area: the centroid plus a little spread (about ±500 m). */
export function jitter(random: Random, area: PostcodeArea): { lat: number; lon: number } {
  return {
    lat: Math.round((area.lat + (random.next() - 0.5) * 0.009) * 1e5) / 1e5,
    lon: Math.round((area.lon + (random.next() - 0.5) * 0.014) * 1e5) / 1e5,
  };
}

export const streets = [
  'Kruisweg',
  'Zijlweg',
  'Rijksstraatweg',
  'Amsterdamsevaart',
  'Schipholweg',
  'Kennemerlaan',
  'Lange Nieuwstraat',
  'Breestraat',
  'Binnendijk',
  'Plesmanweg',
  'Zeeweg',
  'Dorpsstraat',
  'Stationsplein',
  'Industrieweg',
  'Havenkade',
  'Velserduinweg',
  'Wijkerstraatweg',
  'Marquettelaan',
  'Raadhuisplein',
  'Binnenweg',
  'Herenweg',
  'Spaarndamseweg',
];
