import { z } from 'zod';
import { sectorKeys } from '@werkbrug/shared/schemas/taxonomy';
import { builder } from './builder.ts';
import { OutlookEnum, SectorType } from './taxonomy.ts';
import { callerOf } from '../context.ts';
import type { IndexStatus } from '../application/index-status.ts';

const IndexStatusType = builder
  .objectRef<IndexStatus>('SearchIndexStatus')
  .implement({
    description: 'How far the search index is behind the store, and whether they differ.',
    authScopes: { admin: true },
    fields: (t) => ({
      engine: t.exposeString('engine', { description: '`embedded` or `meilisearch`.' }),
      pendingChanges: t.exposeInt('pendingChanges', { description: 'Outbox entries not yet relayed.' }),
      deadLetters: t.exposeInt('deadLetters', { description: 'Outbox entries that failed too often.' }),
      lagSeconds: t.exposeFloat('lagSeconds', { description: 'Age of the oldest pending entry.' }),
      differences: t.exposeInt('differences', { description: 'Records that differ between store and index (reconcile).' }),
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

builder.mutationFields((t) => ({
  setSectorOutlook: t.field({
    type: SectorType,
    description: 'Change the regional outlook of a sector, with the fact it rests on (admins). Matching and search follow within seconds.',
    authScopes: { admin: true },
    args: {
      key: t.arg.string({ required: true, validate: z.enum(sectorKeys, { message: 'Deze sector kennen we niet.' }) }),
      outlook: t.arg({ type: OutlookEnum, required: true }),
      fact: t.arg.string({ required: true, validate: z.string().trim().min(10, { message: 'Beschrijf het feit in minstens 10 tekens.' }).max(500) }),
      source: t.arg.string({ required: true, validate: z.url({ message: 'Geef een geldige link naar de bron.' }).max(500) }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.sectorOutlooks.set(callerOf(ctx), { key: args.key, outlook: args.outlook, fact: args.fact, source: args.source }),
  }),
}));
