import { lookupPostcode } from '@werkbrug/shared/region/postcodes';
import { postcode as postcodeSchema } from '@werkbrug/shared/schemas/common';

export type PostcodeCheck = { ok: true; postcode: string } | { ok: false; problem: 'missing' | 'invalid' | 'unknown' };

/**
 * The same rules the API applies (shared schema, shared postcode areas), checked before the search
 * runs: a mistake then shows beside the field instead of emptying the results.
 */
export function checkPostcode(value: string): PostcodeCheck {
  if (!value.trim()) return { ok: false, problem: 'missing' };
  const parsed = postcodeSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  if (!lookupPostcode(parsed.data)) return { ok: false, problem: 'unknown' };
  return { ok: true, postcode: parsed.data };
}
