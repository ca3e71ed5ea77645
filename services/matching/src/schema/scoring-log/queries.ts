import { z } from 'zod';
import { isoDate } from '@werkbrug/shared/schemas/common';
import type { ScoringLogEntry } from '../../store/ports.ts';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';

const LoggedComponentType = builder.objectRef<ScoringLogEntry['components'][number]>('LoggedScoreComponent').implement({
  description: 'One named part of a logged score, as it was then.',
  authScopes: { admin: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The component.' }),
    value: t.exposeFloat('value', { description: 'How well this part fitted, 0..1.' }),
    weight: t.exposeFloat('weight', { description: 'Its weight then.' }),
    contribution: t.exposeFloat('contribution', { description: 'Points it added.' }),
  }),
});

const ScoringLogEntryType = builder.objectRef<ScoringLogEntry>('ScoringLogEntry').implement({
  description:
    'An automated score as it was shown (AI Act art. 12): when, for which profile version, by which model, in which place of the list, and why.',
  authScopes: { admin: true },
  fields: (t) => ({
    at: t.exposeString('at', { description: 'When it was shown (ISO 8601).' }),
    kind: t.exposeString('kind', { description: '`vacancy`, `course`, `careerPath` or `candidate`.' }),
    targetId: t.exposeString('targetId', { description: 'The vacancy id, course id or occupation URI scored.' }),
    rank: t.exposeInt('rank', { description: 'Its place in the list shown, from 1.' }),
    score: t.exposeFloat('score', { description: 'The score shown, 0..100.' }),
    components: t.field({
      type: [LoggedComponentType],
      description: 'The score’s parts.',
      resolve: (e) => e.components,
    }),
    profileVersion: t.exposeString('profileVersion', {
      description: 'A keyed hash of the profile’s scoring inputs at that moment (never the inputs).',
    }),
    modelVersion: t.exposeString('modelVersion', { description: 'The version of the weights and settings used.' }),
    viewerRole: t.exposeString('viewerRole', { description: 'Who was shown the score: a role, never a name.' }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The request, to find it in the logs.' }),
  }),
});

builder.queryFields((t) => ({
  scoringLog: t.field({
    type: [ScoringLogEntryType],
    description:
      'Why a vacancy, course or occupation was ranked where it was for a profile on a day: every logged score of it, oldest first (admins).',
    authScopes: { admin: true },
    args: {
      profileId: t.arg.id({ required: true, validate: z.string().max(72) }),
      targetId: t.arg.string({
        required: true,
        description: 'Vacancy id, course id or occupation URI.',
        validate: z.string().max(200),
      }),
      date: t.arg.string({ required: true, description: 'The day (YYYY-MM-DD, UTC).', validate: isoDate }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.scoringLog.explain(callerOf(ctx), {
        profileId: String(args.profileId),
        targetId: args.targetId,
        day: args.date,
      }),
  }),
}));
