import { shortText } from '@werkbrug/shared/schemas/common';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { CandidateContactType, ContactRequestType } from './types.ts';

const idArg = z.string().max(72);

builder.mutationFields((t) => ({
  requestCandidateContact: t.field({
    type: CandidateContactType,
    description:
      'An employer asks to get in touch with a candidate for their own vacancy. The request goes to the person’s werkadviseur (or the person, by mail); the employer does not learn who it is.',
    authScopes: { employer: true },
    args: {
      vacancyId: t.arg.id({ required: true, validate: idArg }),
      candidateId: t.arg.string({ required: true, validate: z.string().max(40) }),
      message: t.arg.string({ required: true, validate: shortText(10, 1000, 'Je bericht') }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.contactRequests.request(callerOf(ctx), String(args.vacancyId), args.candidateId, args.message),
  }),
  answerContactRequest: t.field({
    type: ContactRequestType,
    description: 'The adviser (or the person) says yes or no; the employer hears the answer by mail.',
    authScopes: { $any: { adviser: true, jobseeker: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }), accept: t.arg.boolean({ required: true }) },
    resolve: (_r, args, ctx) => ctx.useCases.contactRequests.answer(callerOf(ctx), String(args.id), args.accept),
  }),
}));
