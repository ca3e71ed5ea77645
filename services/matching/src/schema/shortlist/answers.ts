import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { ListAnswerEnum, ShortlistType } from './types.ts';

const idArg = z.string().max(72);
const answerNote = z.string().trim().max(300, { message: 'Je notitie is te lang (hoogstens 300 tekens).' });

builder.mutationFields((t) => ({
  answerShortlistItem: t.field({
    type: ShortlistType,
    description:
      'The person answers an item their werkadviseur shared: interesting, not for me, or applied, with a short note the adviser sees.',
    authScopes: { jobseeker: true },
    args: {
      shortlistId: t.arg.id({ required: true, validate: idArg }),
      itemId: t.arg.id({ required: true, validate: idArg }),
      answer: t.arg({ type: ListAnswerEnum, required: true }),
      note: t.arg.string({ required: false, validate: answerNote }),
    },
    resolve: async (_r, args, ctx) => {
      const caller = callerOf(ctx);
      await ctx.useCases.listAnswers.answer(caller, String(args.shortlistId), String(args.itemId), {
        answer: args.answer,
        note: args.note?.trim() ?? '',
      });
      return ctx.useCases.shortlists.get(caller, String(args.shortlistId));
    },
  }),
  withdrawShortlistAnswer: t.field({
    type: ShortlistType,
    description: 'Take an answer back.',
    authScopes: { jobseeker: true },
    args: {
      shortlistId: t.arg.id({ required: true, validate: idArg }),
      itemId: t.arg.id({ required: true, validate: idArg }),
    },
    resolve: async (_r, args, ctx) => {
      const caller = callerOf(ctx);
      await ctx.useCases.listAnswers.withdraw(caller, String(args.shortlistId), String(args.itemId));
      return ctx.useCases.shortlists.get(caller, String(args.shortlistId));
    },
  }),
}));
