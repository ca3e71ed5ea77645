import schemesJson from '../data/funding-schemes.json' with { type: 'json' };
import type { FundingSchemeData } from '../schemas/funding.ts';

/**
 * The funding schemes the product ships with (shared/curation/funding/schemes.json, compiled and checked by
 * scripts/taxonomy/build-routes.ts). Admins change them through the API; the service then uses its stored
 * versions instead (services/matching/src/funding).
 */
export const shippedFundingSchemes: readonly FundingSchemeData[] = schemesJson as FundingSchemeData[];
