/**
 * What a write tells the indexer: "there is work". The background relay worker does the work; a
 * request never waits for the search index or the matching catalog to catch up.
 */
export interface IndexerSignal {
  wake(): void;
}
