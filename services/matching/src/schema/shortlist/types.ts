import type { ShortlistItem } from '@werkbrug/shared/schemas/shortlist';
import type { ShortlistView } from '../../application/shortlists.ts';
import { shortlistItemStatuses } from '@werkbrug/shared/schemas/shortlist';
import { builder } from '../builder.ts';
import { enumValues } from '../enum-values.ts';
import { canSeeProfile, canSeeShortlist } from '../../auth/policy.ts';
import { CourseType } from '../course/types.ts';
import { VacancyType } from '../vacancy/types.ts';
import { ProfileType } from '../profile/types.ts';
import type { ShortlistAnswer } from '../../store/ports.ts';

export const ListAnswerEnum = builder.enumType('ListAnswer', {
  description: 'How the person answered an item their werkadviseur shared.',
  values: {
    INTERESTED: { value: 'interested' as const, description: 'Interessant: I want to know more.' },
    NOT_FOR_ME: { value: 'not-for-me' as const, description: 'Niet voor mij.' },
    APPLIED: { value: 'applied' as const, description: 'Gesolliciteerd (applied) or signed up.' },
  },
});

const ItemAnswerType = builder.objectRef<ShortlistAnswer>('ShortlistItemAnswer').implement({
  description: 'The person’s answer to an item, with a short note the werkadviseur sees.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    answer: t.field({ type: ListAnswerEnum, description: 'The answer.', resolve: (a) => a.answer }),
    note: t.exposeString('note', { description: 'A short note from the person (may be empty).' }),
    answeredAt: t.exposeString('answeredAt', { description: 'When (ISO 8601).' }),
  }),
});

export const ShortlistItemStatusEnum = builder.enumType('ShortlistItemStatus', {
  description: 'What happened with an item on a shortlist.',
  values: enumValues(
    shortlistItemStatuses,
    (s) =>
      ({
        voorgesteld: 'Suggested.',
        gesolliciteerd: 'Applied.',
        gesprek: 'Interview.',
        aangenomen: 'Hired.',
        afgewezen: 'Not hired.',
      })[s],
  ),
});

export const ItemKindEnum = builder.enumType('ShortlistItemKind', {
  description: 'A vacancy or a course.',
  values: {
    VACANCY: { value: 'vacancy' as const, description: 'A vacancy.' },
    COURSE: { value: 'course' as const, description: 'A course.' },
  },
});

const ShortlistItemType = builder
  .objectRef<ShortlistItem & { answer?: ShortlistAnswer | null }>('ShortlistItem')
  .implement({
    description: 'A vacancy or course on a shortlist, with a note and what happened.',
    authScopes: { signedIn: true },
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Item id.' }),
      kind: t.field({ type: ItemKindEnum, description: 'Vacancy or course.', resolve: (i) => i.kind }),
      note: t.exposeString('note', { description: 'Note by the owner.' }),
      status: t.field({ type: ShortlistItemStatusEnum, description: 'What happened.', resolve: (i) => i.status }),
      position: t.exposeInt('position', { description: 'Place in the list, from 0.' }),
      addedAt: t.exposeString('addedAt', { description: 'When it was added (ISO 8601).' }),
      answer: t.field({
        type: ItemAnswerType,
        nullable: true,
        description: 'The person’s answer (on a shared list), or null.',
        resolve: (i) => i.answer ?? null,
      }),
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

export const ShortlistType = builder.objectRef<ShortlistView>('Shortlist').implement({
  description: 'A list of vacancies and courses for one person, made by their werkadviseur or by themselves.',
  authScopes: (list, ctx) => canSeeShortlist(ctx.viewer?.user, list),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id.' }),
    name: t.exposeString('name', { description: 'Name.' }),
    sharedWithJobseeker: t.exposeBoolean('sharedWithJobseeker', { description: 'The person can see this list.' }),
    sharedByPerson: t.boolean({
      description:
        'False when the person no longer shares their profile with the adviser who owns this list ("niet meer gedeeld"): the list then shows no name, items or notes, and can only be deleted.',
      resolve: (l) => l.personWithdrew !== true,
    }),
    ownedByMe: t.boolean({
      description: 'The signed-in user owns (and may change) this list.',
      resolve: (l, _a, ctx) => l.ownerId === ctx.viewer?.user.id,
    }),
    profile: t.field({
      type: ProfileType,
      nullable: true,
      description: 'The person the list is for (null for viewers who may not see that profile).',
      resolve: async (l, _a, ctx) => {
        const p = await ctx.deps.store.profiles.get(l.profileId);
        return p && canSeeProfile(ctx.viewer?.user, p) ? p : null;
      },
    }),
    items: t.field({
      type: [ShortlistItemType],
      description: 'Items in order, each with the person’s answer.',
      resolve: async (l, _a, ctx) => {
        const answers = await ctx.useCases.listAnswers.byItem(l.id);
        return l.items.map((i) => ({ ...i, answer: answers.get(i.id) ?? null }));
      },
    }),
    updatedAt: t.exposeString('updatedAt', { description: 'Last change (ISO 8601).' }),
  }),
});
