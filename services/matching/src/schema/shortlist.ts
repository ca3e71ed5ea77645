import type { Shortlist, ShortlistItem } from '@werkbrug/shared/schemas/shortlist';
import { shortlistItemStatuses } from '@werkbrug/shared/schemas/shortlist';
import { shortText } from '@werkbrug/shared/schemas/common';
import { z } from 'zod';
import { builder } from './builder.ts';
import { enumValues } from './enum-values.ts';
import { callerOf } from '../context.ts';
import { canSeeProfile, canSeeShortlist } from '../auth/policy.ts';
import { CourseType } from './course.ts';
import { VacancyType } from './vacancy.ts';
import { ProfileType } from './profile.ts';

export const ShortlistItemStatusEnum = builder.enumType('ShortlistItemStatus', {
  description: 'What happened with an item on a shortlist.',
  values: enumValues(shortlistItemStatuses, (s) => ({ voorgesteld: 'Suggested.', gesolliciteerd: 'Applied.', gesprek: 'Interview.', aangenomen: 'Hired.', afgewezen: 'Not hired.' })[s]),
});

const ItemKindEnum = builder.enumType('ShortlistItemKind', {
  description: 'A vacancy or a course.',
  values: { VACANCY: { value: 'vacancy' as const, description: 'A vacancy.' }, COURSE: { value: 'course' as const, description: 'A course.' } },
});

const ShortlistItemType = builder.objectRef<ShortlistItem>('ShortlistItem').implement({
  description: 'A vacancy or course on a shortlist, with a note and what happened.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Item id.' }),
    kind: t.field({ type: ItemKindEnum, description: 'Vacancy or course.', resolve: (i) => i.kind }),
    note: t.exposeString('note', { description: 'Note by the owner.' }),
    status: t.field({ type: ShortlistItemStatusEnum, description: 'What happened.', resolve: (i) => i.status }),
    position: t.exposeInt('position', { description: 'Place in the list, from 0.' }),
    addedAt: t.exposeString('addedAt', { description: 'When it was added (ISO 8601).' }),
    vacancy: t.field({
      type: VacancyType,
      nullable: true,
      description: 'The vacancy (null for courses, or when it no longer exists).',
      resolve: (i, _a, ctx) => (i.kind === 'vacancy' ? ctx.deps.store.vacancies.get(i.refId) : null),
    }),
    course: t.field({
      type: CourseType,
      nullable: true,
      description: 'The course (null for vacancies, or when it no longer exists).',
      resolve: (i, _a, ctx) => (i.kind === 'course' ? ctx.deps.store.courses.get(i.refId) : null),
    }),
  }),
});

export const ShortlistType = builder.objectRef<Shortlist>('Shortlist').implement({
  description: 'A list of vacancies and courses for one person, made by their werkadviseur or by themselves.',
  authScopes: (list, ctx) => canSeeShortlist(ctx.viewer?.user, list),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    sharedWithJobseeker: t.exposeBoolean('sharedWithJobseeker', { description: 'The person can see this list.' }),
    ownedByMe: t.boolean({ description: 'The signed-in user owns (and may change) this list.', resolve: (l, _a, ctx) => l.ownerId === ctx.viewer?.user.id }),
    profile: t.field({
      type: ProfileType,
      nullable: true,
      description: 'The person the list is for (null for viewers who may not see that profile).',
      resolve: async (l, _a, ctx) => {
        const p = await ctx.deps.store.profiles.get(l.profileId);
        return p && canSeeProfile(ctx.viewer?.user, p) ? p : null;
      },
    }),
    items: t.field({ type: [ShortlistItemType], description: 'Items in order.', resolve: (l) => l.items }),
    updatedAt: t.exposeString('updatedAt', { description: 'Last change (ISO 8601).' }),
  }),
});

const idArg = z.string().max(72);
const noteSchema = z.string().trim().max(1000, { message: 'De notitie is te lang (hoogstens 1000 tekens).' });
const nameSchema = shortText(1, 100, 'De naam van de lijst');

builder.queryFields((t) => ({
  myShortlists: t.field({
    type: [ShortlistType],
    description: 'Lists the signed-in user owns, and (for jobseekers) lists shared with them.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    resolve: (_r, _a, ctx) => ctx.useCases.shortlists.mine(callerOf(ctx)),
  }),
  shortlist: t.field({
    type: ShortlistType,
    description: 'One shortlist by id.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: (_r, { id }, ctx) => ctx.useCases.shortlists.get(callerOf(ctx), String(id)),
  }),
}));

builder.mutationFields((t) => ({
  createShortlist: t.field({
    type: ShortlistType,
    description: 'Start a list for a person: an adviser for someone they guide, a jobseeker for themselves.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { profileId: t.arg.id({ required: true, validate: idArg }), name: t.arg.string({ required: true, validate: nameSchema }) },
    resolve: (_r, args, ctx) => ctx.useCases.shortlists.create(callerOf(ctx), String(args.profileId), args.name),
  }),
  renameShortlist: t.field({
    type: ShortlistType,
    description: 'Rename a list.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }), name: t.arg.string({ required: true, validate: nameSchema }) },
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
        kind: args.kind, refId: String(args.refId), note: args.note, status: args.status,
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
        note: args.note, status: args.status,
      }),
  }),
  removeShortlistItem: t.field({
    type: ShortlistType,
    description: 'Take an item off a list.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { shortlistId: t.arg.id({ required: true, validate: idArg }), itemId: t.arg.id({ required: true, validate: idArg }) },
    resolve: (_r, args, ctx) => ctx.useCases.shortlists.removeItem(callerOf(ctx), String(args.shortlistId), String(args.itemId)),
  }),
  reorderShortlist: t.field({
    type: ShortlistType,
    description: 'Put the items in a new order: pass every item id once, in the order wanted.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }), itemIds: t.arg.idList({ required: true, validate: z.array(idArg).max(200) }) },
    resolve: (_r, args, ctx) => ctx.useCases.shortlists.reorder(callerOf(ctx), String(args.id), args.itemIds.map(String)),
  }),
}));
