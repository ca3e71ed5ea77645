import type { Shortlist, ShortlistItem } from '@werkbrug/shared/schemas/shortlist';
import { shortlistItemStatuses } from '@werkbrug/shared/schemas/shortlist';
import { shortText } from '@werkbrug/shared/schemas/common';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { builder } from './builder.ts';
import { enumValues } from './enum-values.ts';
import type { Context } from '../context.ts';
import { canEditShortlist, canSeeProfile, canSeeShortlist } from '../auth/policy.ts';
import { forbidden, invalidInput, notFound } from '../errors.ts';
import { CourseType } from './course.ts';
import { VacancyType } from './vacancy.ts';
import { ProfileType, loadProfile } from './profile.ts';

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

async function editable(ctx: Context, id: string): Promise<Shortlist> {
  const list = await ctx.deps.store.shortlists.get(id);
  if (!list) throw notFound('Deze lijst');
  if (!canEditShortlist(ctx.viewer?.user, list)) throw forbidden();
  return list;
}

function findItem(list: Shortlist, itemId: string): ShortlistItem {
  const item = list.items.find((i) => i.id === itemId);
  if (!item) throw notFound('Dit item op de lijst');
  return item;
}

builder.queryFields((t) => ({
  myShortlists: t.field({
    type: [ShortlistType],
    description: 'Lists the signed-in user owns, and (for jobseekers) lists shared with them.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    resolve: async (_r, _a, ctx) => {
      const user = ctx.viewer!.user;
      const owned = await ctx.deps.store.shortlists.listByOwner(user.id);
      const shared = user.profileId ? await ctx.deps.store.shortlists.listForProfile(user.profileId, { sharedOnly: true }) : [];
      return [...owned, ...shared.filter((s) => !owned.some((o) => o.id === s.id))];
    },
  }),
  shortlist: t.field({
    type: ShortlistType,
    description: 'One shortlist by id.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, { id }, ctx) => {
      const list = await ctx.deps.store.shortlists.get(String(id));
      if (!list) throw notFound('Deze lijst');
      if (!canSeeShortlist(ctx.viewer?.user, list)) throw forbidden();
      return list;
    },
  }),
}));

builder.mutationFields((t) => ({
  createShortlist: t.field({
    type: ShortlistType,
    description: 'Start a list for a person: an adviser for someone they guide, a jobseeker for themselves.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { profileId: t.arg.id({ required: true, validate: idArg }), name: t.arg.string({ required: true, validate: nameSchema }) },
    resolve: async (_r, args, ctx) => {
      const profile = await loadProfile(ctx, String(args.profileId));
      if (!canSeeProfile(ctx.viewer?.user, profile)) throw forbidden();
      const isSelf = ctx.viewer!.user.role === 'jobseeker';
      return ctx.deps.store.shortlists.save(
        { id: `shl_${randomBytes(9).toString('base64url')}`, name: args.name, ownerId: ctx.viewer!.user.id, profileId: profile.id, sharedWithJobseeker: isSelf, items: [], version: 0, updatedAt: '' },
        ctx.actor,
      );
    },
  }),
  renameShortlist: t.field({
    type: ShortlistType,
    description: 'Rename a list.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }), name: t.arg.string({ required: true, validate: nameSchema }) },
    resolve: async (_r, args, ctx) => ctx.deps.store.shortlists.save({ ...(await editable(ctx, String(args.id))), name: args.name }, ctx.actor),
  }),
  deleteShortlist: t.boolean({
    description: 'Delete a list.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, args, ctx) => ctx.deps.store.shortlists.delete((await editable(ctx, String(args.id))).id, ctx.actor),
  }),
  shareShortlist: t.field({
    type: ShortlistType,
    description: 'Share the list with the person it is for (or stop sharing).',
    authScopes: { adviser: true },
    args: { id: t.arg.id({ required: true, validate: idArg }), shared: t.arg.boolean({ required: true }) },
    resolve: async (_r, args, ctx) => ctx.deps.store.shortlists.save({ ...(await editable(ctx, String(args.id))), sharedWithJobseeker: args.shared }, ctx.actor),
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
    resolve: async (_r, args, ctx) => {
      const list = await editable(ctx, String(args.shortlistId));
      const refId = String(args.refId);
      const exists = args.kind === 'vacancy' ? await ctx.deps.store.vacancies.get(refId) : await ctx.deps.store.courses.get(refId);
      if (!exists) throw invalidInput([{ path: 'refId', message: args.kind === 'vacancy' ? 'Deze vacature bestaat niet.' : 'Deze opleiding bestaat niet.' }]);
      if (list.items.some((i) => i.kind === args.kind && i.refId === refId)) throw invalidInput([{ path: 'refId', message: 'Dit staat al op de lijst.' }]);
      if (list.items.length >= 200) throw invalidInput([], 'Deze lijst is vol (200 items).');
      const item: ShortlistItem = {
        id: `sli_${randomBytes(9).toString('base64url')}`, kind: args.kind, refId, note: args.note ?? '', status: args.status ?? 'voorgesteld',
        position: list.items.length, addedAt: new Date().toISOString(),
      };
      return ctx.deps.store.shortlists.save({ ...list, items: [...list.items, item] }, ctx.actor);
    },
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
    resolve: async (_r, args, ctx) => {
      const list = await editable(ctx, String(args.shortlistId));
      const item = findItem(list, String(args.itemId));
      const next = { ...item, note: args.note ?? item.note, status: args.status ?? item.status };
      return ctx.deps.store.shortlists.save({ ...list, items: list.items.map((i) => (i.id === item.id ? next : i)) }, ctx.actor);
    },
  }),
  removeShortlistItem: t.field({
    type: ShortlistType,
    description: 'Take an item off a list.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { shortlistId: t.arg.id({ required: true, validate: idArg }), itemId: t.arg.id({ required: true, validate: idArg }) },
    resolve: async (_r, args, ctx) => {
      const list = await editable(ctx, String(args.shortlistId));
      const item = findItem(list, String(args.itemId));
      return ctx.deps.store.shortlists.save({ ...list, items: list.items.filter((i) => i.id !== item.id) }, ctx.actor);
    },
  }),
  reorderShortlist: t.field({
    type: ShortlistType,
    description: 'Put the items in a new order: pass every item id once, in the order wanted.',
    authScopes: { $any: { jobseeker: true, adviser: true } },
    args: { id: t.arg.id({ required: true, validate: idArg }), itemIds: t.arg.idList({ required: true, validate: z.array(idArg).max(200) }) },
    resolve: async (_r, args, ctx) => {
      const list = await editable(ctx, String(args.id));
      const order = args.itemIds.map(String);
      if (order.length !== list.items.length || new Set(order).size !== order.length || order.some((id) => !list.items.some((i) => i.id === id))) {
        throw invalidInput([{ path: 'itemIds', message: 'Geef elk item van de lijst precies één keer.' }]);
      }
      const items = order.map((id, position) => ({ ...list.items.find((i) => i.id === id)!, position }));
      return ctx.deps.store.shortlists.save({ ...list, items }, ctx.actor);
    },
  }),
}));
