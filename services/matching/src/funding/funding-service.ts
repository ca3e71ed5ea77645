import { shippedFundingSchemes } from '@werkbrug/shared/courses/funding-schemes';
import type { StoredFundingScheme } from '@werkbrug/shared/schemas/funding';
import type { FundingSchemeRepository } from '../store/ports.ts';

/**
 * The funding schemes as they are now: the shipped ones, replaced by key where an admin saved a version. Read on
 * every route and every course document, so they are cached here and refreshed when an admin saves one.
 */
export interface FundingService {
  all(): readonly StoredFundingScheme[];
  get(key: string): StoredFundingScheme | undefined;
  refresh(): Promise<void>;
}

export async function createFundingService(repository: FundingSchemeRepository): Promise<FundingService> {
  let current: StoredFundingScheme[] = [];
  let byKey = new Map<string, StoredFundingScheme>();
  const refresh = async () => {
    const next = new Map<string, StoredFundingScheme>(
      shippedFundingSchemes.map((s) => [s.key, { ...s, version: 0, updatedAt: null }]),
    );
    for (const s of await repository.list()) next.set(s.key, s);
    byKey = next;
    current = [...next.values()];
  };
  await refresh();
  return { all: () => current, get: (key) => byKey.get(key), refresh };
}
