import type { SavedSearch } from '../../store/ports.ts';
import { builder } from '../builder.ts';

export const AlertFrequencyEnum = builder.enumType('AlertFrequency', {
  description: 'How often a saved search mails what is new.',
  values: {
    DAILY: { value: 'daily' as const, description: 'Every day (when there is something new).' },
    WEEKLY: { value: 'weekly' as const, description: 'Every week (when there is something new).' },
  },
});

export const SavedSearchKindEnum = builder.enumType('SavedSearchKind', {
  description: 'A search from the search page, or the person’s own matches.',
  values: {
    SEARCH: { value: 'search' as const, description: 'A vacancy search (the search page’s URL state).' },
    MATCHES: { value: 'matches' as const, description: 'Vacancies that fit the person’s profile.' },
  },
});

export const SavedSearchType = builder.objectRef<SavedSearch>('SavedSearch').implement({
  description: 'A saved search with e-mail alerts. Only its owner sees it.',
  authScopes: (s, ctx) => ctx.viewer?.user.id === s.userId,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id.' }),
    name: t.exposeString('name', { description: 'Name the person gave it.' }),
    kind: t.field({ type: SavedSearchKindEnum, description: 'Search or matches.', resolve: (s) => s.kind }),
    query: t.exposeString('query', { description: 'The search page’s query string (empty for matches).' }),
    frequency: t.field({ type: AlertFrequencyEnum, description: 'How often.', resolve: (s) => s.frequency }),
    createdAt: t.exposeString('createdAt', { description: 'When it was saved (ISO 8601).' }),
    lastAlertAt: t.exposeString('lastRunAt', { nullable: true, description: 'When it last ran (ISO 8601).' }),
    nextAlertAt: t.exposeString('nextRunAt', { description: 'When it runs next (ISO 8601).' }),
  }),
});

export const UnsubscribeResult = builder.objectRef<{ name: string | null }>('UnsubscribeResult').implement({
  description: 'The answer to an unsubscribe link.',
  authScopes: { public: true },
  fields: (t) => ({
    name: t.exposeString('name', {
      nullable: true,
      description: 'The search that stopped; null when it had stopped already.',
    }),
  }),
});
