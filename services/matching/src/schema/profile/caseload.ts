import { targetGroups } from '@werkbrug/shared/schemas/profile';
import { z } from 'zod';
import type { CaseloadEntry } from '../../store/ports.ts';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { firstArg } from '../pagination.ts';
import { TargetGroupEnum } from './inputs.ts';
import { ProfileType } from './types.ts';

const CaseloadStatusEnum = builder.enumType('CaseloadStatus', {
  description: 'Where a person stands, from their lists.',
  values: {
    NO_LIST: { value: 'no-list' as const, description: 'No list yet.' },
    LIST_NOT_SHARED: { value: 'list-not-shared' as const, description: 'A list, not shared yet.' },
    LIST_SHARED: { value: 'list-shared' as const, description: 'A list shared with the person.' },
    APPLIED: { value: 'applied' as const, description: 'Applied somewhere (status or the person’s answer).' },
  },
});

const CaseloadSortEnum = builder.enumType('CaseloadSort', {
  description: 'Order of the caseload.',
  values: {
    ALIAS: { value: 'alias' as const, description: 'By alias, then postcode.' },
    LAST_ACTIVITY: { value: 'last-activity' as const, description: 'Most recently active first.' },
    LEAST_RECENT_ACTIVITY: { value: 'least-recent-activity' as const, description: 'Longest without activity first.' },
  },
});

const CaseloadEntryType = builder.objectRef<CaseloadEntry>('CaseloadEntry').implement({
  description: 'One person in the caseload.',
  authScopes: { adviser: true },
  fields: (t) => ({
    profile: t.field({ type: ProfileType, description: 'The profile.', resolve: (e) => e.profile }),
    lastActivityAt: t.exposeString('lastActivityAt', {
      description: 'Last change to the profile, a list, or an answer (ISO 8601).',
    }),
    status: t.field({ type: CaseloadStatusEnum, description: 'Status from the lists.', resolve: (e) => e.status }),
    listCount: t.exposeInt('listCount', { description: 'Lists for this person.' }),
  }),
});

const CaseloadPageType = builder.objectRef<{ items: CaseloadEntry[]; totalCount: number }>('CaseloadPage').implement({
  description: 'A page of the caseload.',
  authScopes: { adviser: true },
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'People that match the filters.' }),
    items: t.field({ type: [CaseloadEntryType], description: 'This page.', resolve: (p) => p.items }),
  }),
});

builder.queryFields((t) => ({
  caseloadSearch: t.field({
    type: CaseloadPageType,
    description: 'The werkadviseur’s caseload: search by alias, postcode or code; filter; sort; paged.',
    authScopes: { adviser: true },
    args: {
      text: t.arg.string({ required: false, validate: z.string().max(60), description: 'Alias, postcode or code.' }),
      targetGroup: t.arg({ type: TargetGroupEnum, required: false, description: 'Only this target group.' }),
      activityDays: t.arg.int({
        required: false,
        validate: z.number().int().min(-3650).max(3650),
        description: 'Active in the last N days; a negative N: not active for N days.',
      }),
      status: t.arg({ type: CaseloadStatusEnum, required: false, description: 'Only this status.' }),
      sort: t.arg({ type: CaseloadSortEnum, required: false, description: 'Order (default: alias).' }),
      first: firstArg(t.arg, 25, 100),
      offset: t.arg.int({
        required: false,
        defaultValue: 0,
        validate: z.number().int().min(0).max(100_000),
        description: 'How many to skip.',
      }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.caseload.search(
        callerOf(ctx),
        {
          text: args.text,
          targetGroup:
            args.targetGroup && (targetGroups as readonly string[]).includes(args.targetGroup)
              ? args.targetGroup
              : null,
          activityDays: args.activityDays,
          status: args.status,
          sort: args.sort,
        },
        { first: args.first ?? 25, offset: args.offset ?? 0 },
      ),
  }),
}));
