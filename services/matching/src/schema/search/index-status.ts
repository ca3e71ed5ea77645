import { builder } from '../builder.ts';
import type { IndexStatus } from '../../application/index-status.ts';

const IndexStatusType = builder.objectRef<IndexStatus>('SearchIndexStatus').implement({
  description: 'How far the search index is behind the store, and whether they differ.',
  authScopes: { admin: true },
  fields: (t) => ({
    engine: t.exposeString('engine', { description: '`embedded` or `meilisearch`.' }),
    pendingChanges: t.exposeInt('pendingChanges', { description: 'Outbox entries not yet relayed.' }),
    deadLetters: t.exposeInt('deadLetters', { description: 'Outbox entries that failed too often.' }),
    lagSeconds: t.exposeFloat('lagSeconds', { description: 'Age of the oldest pending entry.' }),
    differences: t.exposeInt('differences', {
      description: 'Records that differ between store and index (reconcile).',
    }),
  }),
});

builder.queryFields((t) => ({
  searchIndexStatus: t.field({
    type: IndexStatusType,
    description: 'Outbox lag and a reconcile of store and index (admins).',
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) => ctx.useCases.indexStatus(),
  }),
}));
