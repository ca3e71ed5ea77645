import type { Config } from '../env.ts';
import type { Store } from '../store/ports.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy-service.ts';
import type { Sessions } from '../auth/sessions.ts';
import type { SearchIndex } from '../search/port.ts';
import type { AsyncMatcher } from './matcher.ts';
import type { IndexerSignal } from './indexer-signal.ts';
import type { FundingService } from '../funding/funding-service.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { DevMailbox } from '../mail/dev-mailbox.ts';
import type { AlertJob } from './alerts.ts';
import type { ScoringLogWriter } from './scoring-log.ts';
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
  mailer: Mailer;
  /** Development and tests without SMTP_HOST: the in-process mail server (shown at /dev/mail). */
  devMailbox?: DevMailbox | null;
  /** The saved-search alert job (its timer runs in the composition root; /dev/alerts/run runs it now). */
  alerts?: AlertJob;
  /** Matching, off the event loop where there are workers (workers/matcher-setup.ts). */
  matching: AsyncMatcher;
  /** Where every automated score shown is written down (AI Act art. 12), off the response path. */
  scoringLog: ScoringLogWriter;
  /** Reads what people type (job titles, skills, certificates); the matching engine uses the same kind. */
  reader: TaxonomyLookup;
}
