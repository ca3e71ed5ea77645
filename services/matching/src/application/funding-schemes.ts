import { fundingSchemeSchema, type StoredFundingScheme } from '@werkbrug/shared/schemas/funding';
import { invalidInput } from '../errors.ts';
import type { FundingSchemeRepository } from '../store/ports.ts';
import type { FundingService } from '../funding/funding-service.ts';
import type { Caller } from './caller.ts';
import type { IndexerSignal } from './indexer-signal.ts';

export interface FundingSchemeDeps {
  fundingSchemes: FundingSchemeRepository;
  funding: Pick<FundingService, 'refresh' | 'get' | 'all'>;
  indexer: IndexerSignal;
}

/**
 * Funding schemes as dated data: anyone may read them (ended ones too, as history); an admin changes or adds one.
 * Routes read the new version at once (the service is refreshed here); course search documents follow through
 * the woken relay, which re-indexes every course.
 */
export function createFundingSchemeUseCases(deps: FundingSchemeDeps) {
  return {
    list(options: { includeEnded: boolean; on: string }): readonly StoredFundingScheme[] {
      return deps.funding
        .all()
        .filter((s) => options.includeEnded || s.validUntil === null || s.validUntil >= options.on);
    },

    async set(caller: Caller, input: unknown): Promise<StoredFundingScheme> {
      const parsed = fundingSchemeSchema.safeParse(input);
      if (!parsed.success)
        throw invalidInput(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      const saved = await deps.fundingSchemes.save(parsed.data, caller.actor);
      await deps.funding.refresh();
      deps.indexer.wake();
      return saved;
    },
  };
}
