import type { Config } from '../env.ts';
import type { Store } from '../store/ports.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy-service.ts';
import type { Sessions } from '../auth/sessions.ts';
import type { SearchIndex } from '../search/port.ts';
import type { MatchingEngine } from '../matching/engine.ts';
import type { IndexerSignal } from './indexer-signal.ts';
import type { FundingService } from '../funding/funding-service.ts';
import type { TaxonomyLookup } from '../matching/model/types.ts';

/** Everything the service is wired from, made once in the composition root (server.ts or a test). */
export interface AppDeps {
  config: Config;
  store: Store;
  taxonomy: TaxonomyService;
  /** Funding schemes as they are now (shipped, or as an admin changed them). */
  funding: FundingService;
  sessions: Sessions;
  search: SearchIndex;
  /** Writes wake the background outbox relay; they never run it inside the request. */
  indexer: IndexerSignal;
  matching: MatchingEngine;
  /** Reads what people type (job titles, skills, certificates); the matching engine uses the same one. */
  reader: TaxonomyLookup;
}
