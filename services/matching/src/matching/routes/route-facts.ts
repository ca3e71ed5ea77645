import { situationsOf, type FundingSituation } from '@werkbrug/shared/schemas/funding';
import { dutchLevels } from '@werkbrug/shared/schemas/course';
import type { ProfileLike } from '../model/types.ts';

/**
 * What route planning needs to know about a person besides their skills: the situations they said they are in
 * (for funding), the certificates they hold (for entry requirements) and how well they speak Dutch. Taken field
 * by field from the profile, so age, gender and origin cannot reach funding or planning.
 */
export interface RouteFacts {
  situations: ReadonlySet<FundingSituation>;
  certificates: ReadonlySet<string>;
  /** Dutch as a rank (1 = A1 ... 6 = C2 or native); null when the person did not say. */
  dutch: number | null;
}

const dutchNames = /^(nederlands|nederlandse|dutch|nl|nld)$/i;

/** 1 for A1 up to 6 for C2; a native speaker counts as C2. */
export function dutchRank(level: string): number {
  if (level === 'moedertaal') return dutchLevels.length;
  return dutchLevels.indexOf(level as (typeof dutchLevels)[number]) + 1;
}

/** `held`: the certificates resolution found (picked, or typed as a skill or job), when there is one. */
export function routeFactsOf(
  profile: Pick<ProfileLike, 'targetGroups' | 'certificates' | 'languages'>,
  held: Iterable<string> = profile.certificates ?? [],
): RouteFacts {
  const dutch = (profile.languages ?? [])
    .filter((l) => dutchNames.test(l.language.trim()))
    .map((l) => dutchRank(l.level));
  return {
    situations: situationsOf(profile.targetGroups ?? []),
    certificates: new Set(held),
    dutch: dutch.length > 0 ? Math.max(...dutch) : null,
  };
}
