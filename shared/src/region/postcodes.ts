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
