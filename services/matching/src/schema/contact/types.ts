import type { ContactRequest } from '../../store/ports.ts';
import { builder } from '../builder.ts';
import { VacancyType } from '../vacancy/types.ts';
import { ProfileType } from '../profile/types.ts';
import { canSeeProfile } from '../../auth/policy.ts';

export const ContactRequestStatusEnum = builder.enumType('ContactRequestStatus', {
  description: 'Where a contact request stands.',
  values: {
    OPEN: { value: 'open' as const, description: 'Waiting for an answer.' },
    ACCEPTED: { value: 'accepted' as const, description: 'The adviser or the person will get in touch.' },
    DECLINED: { value: 'declined' as const, description: 'No contact.' },
  },
});

/** The employer's view of their own request: only its status, never who the candidate is. */
export const CandidateContactType = builder
  .objectRef<Pick<ContactRequest, 'status' | 'createdAt' | 'answeredAt'>>('CandidateContact')
  .implement({
    description: 'The employer’s request to get in touch with a candidate, as the employer sees it.',
    authScopes: { employer: true },
    fields: (t) => ({
      status: t.field({ type: ContactRequestStatusEnum, description: 'Status.', resolve: (r) => r.status }),
      createdAt: t.exposeString('createdAt', { description: 'When it was asked (ISO 8601).' }),
      answeredAt: t.exposeString('answeredAt', { nullable: true, description: 'When it was answered.' }),
    }),
  });

/** The request as the adviser (or the person) sees it: who asked, about what, and for whom. */
export const ContactRequestType = builder.objectRef<ContactRequest>('ContactRequest').implement({
  description: 'An employer asks to get in touch with a person who fits their vacancy.',
  authScopes: (r, ctx) => {
    const user = ctx.viewer?.user;
    if (!user) return false;
    return user.role === 'adviser' ? r.adviserId === user.id : r.adviserId === null && user.profileId === r.profileId;
  },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Id.' }),
    message: t.exposeString('message', { description: 'What the employer wrote.' }),
    status: t.field({ type: ContactRequestStatusEnum, description: 'Status.', resolve: (r) => r.status }),
    createdAt: t.exposeString('createdAt', { description: 'When (ISO 8601).' }),
    answeredAt: t.exposeString('answeredAt', { nullable: true, description: 'When it was answered.' }),
    vacancy: t.field({
      type: VacancyType,
      nullable: true,
      description: 'The vacancy (null when it is gone).',
      resolve: (r, _a, ctx) => ctx.deps.store.vacancies.get(r.vacancyId),
    }),
    employerContact: t.string({
      description: 'The e-mail address of the employer who asked, to reply to.',
      resolve: async (r, _a, ctx) => (await ctx.deps.store.users.get(r.requestedBy))?.email ?? '',
    }),
    person: t.field({
      type: ProfileType,
      nullable: true,
      description: 'The person it is about (for their adviser or themselves).',
      resolve: async (r, _a, ctx) => {
        const p = await ctx.deps.store.profiles.get(r.profileId);
        return p && canSeeProfile(ctx.viewer?.user, p) ? p : null;
      },
    }),
  }),
});
