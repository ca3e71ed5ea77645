import postcodesJson from '../data/postcodes.json' with { type: 'json' };
import municipalitiesJson from '../data/municipalities.json' with { type: 'json' };
import type { Municipality, PostcodeArea } from '../schemas/region.ts';

export const postcodeAreas: readonly PostcodeArea[] = postcodesJson as PostcodeArea[];
export const municipalities: readonly Municipality[] = municipalitiesJson as Municipality[];
export const regionMunicipalityNames: readonly string[] = municipalities.filter((m) => m.inRegion).map((m) => m.name);

const byPc4 = new Map(postcodeAreas.map((p) => [p.pc4, p]));

/** The PC4 area of a postcode (`2011 AB` or `2011`), or undefined when it lies outside the data we hold. */
export function lookupPostcode(code: string): PostcodeArea | undefined {
  return byPc4.get(code.trim().slice(0, 4));
}

/**
 * Neighbouring municipalities whose people commute into the region: Werkbrug serves them too (the
 * demo data draws some of its people from them). Farther areas are in the data for distances only.
 */
export const neighbourMunicipalities: readonly string[] = ['Haarlemmermeer', 'Uitgeest', 'Castricum', 'Zaanstad'];

/** Whether someone living at this postcode is served: in the region or next to it, outside, or unknown. */
export function servedArea(code: string): 'served' | 'outside' | 'unknown' {
  const area = lookupPostcode(code);
  if (!area) return 'unknown';
  return area.inRegion || neighbourMunicipalities.includes(area.municipality) ? 'served' : 'outside';
}
