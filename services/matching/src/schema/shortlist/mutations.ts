import { shortText } from '@werkbrug/shared/schemas/common';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { callerOf } from '../../context.ts';
import { ItemKindEnum, ShortlistItemStatusEnum, ShortlistType } from './types.ts';

const idArg = z.string().max(72);
const noteSchema = z.string().trim().max(1000, { message: 'De notitie is te lang (hoogstens 1000 tekens).' });
const nameSchema = shortText(1, 100, 'De naam van de lijst');

builder.mutationFields((t) => ({
  createShortlist: t.field({
    type: ShortlistType,
    description: 'Start a list for a person: an adviser for someone they guide, a jobseeker for themselves.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: {
      profileId: t.arg.id({ required: true, validate: idArg }),
      name: t.arg.string({ required: true, validate: nameSchema }),
    },
    resolve: (_r, args, ctx) => ctx.useCases.shortlists.create(callerOf(ctx), String(args.profileId), args.name),
  }),
  renameShortlist: t.field({
    type: ShortlistType,
    description: 'Rename a list.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: {
      id: t.arg.id({ required: true, validate: idArg }),
      name: t.arg.string({ required: true, validate: nameSchema }),
    },
    resolve: (_r, args, ctx) => ctx.useCases.shortlists.rename(callerOf(ctx), String(args.id), args.name),
  }),
  deleteShortlist: t.boolean({
    description: 'Delete a list.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: (_r, args, ctx) => ctx.useCases.shortlists.remove(callerOf(ctx), String(args.id)),
  }),
  shareShortlist: t.field({
    type: ShortlistType,
    description: 'Share the list with the person it is for (or stop sharing).',
    authScopes: { adviser: true },
    args: { id: t.arg.id({ required: true, validate: idArg }), shared: t.arg.boolean({ required: true }) },
    resolve: (_r, args, ctx) => ctx.useCases.shortlists.share(callerOf(ctx), String(args.id), args.shared),
  }),
  addShortlistItem: t.field({
    type: ShortlistType,
    description: 'Add a vacancy or course to a list, with a note.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: {
      shortlistId: t.arg.id({ required: true, validate: idArg }),
      kind: t.arg({ type: ItemKindEnum, required: true }),
      refId: t.arg.id({ required: true, validate: idArg }),
      note: t.arg.string({ required: false, validate: noteSchema }),
      status: t.arg({ type: ShortlistItemStatusEnum, required: false }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.shortlists.addItem(callerOf(ctx), String(args.shortlistId), {
        kind: args.kind,
        refId: String(args.refId),
        note: args.note,
        status: args.status,
      }),
  }),
  updateShortlistItem: t.field({
    type: ShortlistType,
    description: 'Change the note or status of an item.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: {
      shortlistId: t.arg.id({ required: true, validate: idArg }),
      itemId: t.arg.id({ required: true, validate: idArg }),
      note: t.arg.string({ required: false, validate: noteSchema }),
      status: t.arg({ type: ShortlistItemStatusEnum, required: false }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.shortlists.updateItem(callerOf(ctx), String(args.shortlistId), String(args.itemId), {
        note: args.note,
        status: args.status,
      }),
  }),
  removeShortlistItem: t.field({
    type: ShortlistType,
    description: 'Take an item off a list.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: {
      shortlistId: t.arg.id({ required: true, validate: idArg }),
      itemId: t.arg.id({ required: true, validate: idArg }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.shortlists.removeItem(callerOf(ctx), String(args.shortlistId), String(args.itemId)),
  }),
  reorderShortlist: t.field({
    type: ShortlistType,
    description: 'Put the items in a new order: pass every item id once, in the order wanted.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: {
      id: t.arg.id({ required: true, validate: idArg }),
      itemIds: t.arg.idList({ required: true, validate: z.array(idArg).max(200) }),
    },
    resolve: (_r, args, ctx) =>
      ctx.useCases.shortlists.reorder(callerOf(ctx), String(args.id), args.itemIds.map(String)),
  }),
}));
