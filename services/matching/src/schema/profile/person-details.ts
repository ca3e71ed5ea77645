import { builder } from '../builder.ts';
import { ProfileType } from './types.ts';
import { shortCodeOf } from '../../application/caseload.ts';

/**
 * What an adviser needs on a person's page beyond the profile form's fields (issue 13): a short code
 * that tells people with the same alias apart. (Certificates by name are on the profile itself, and so
 * are the person's wishes: types.ts, wishes.ts.)
 */
builder.objectFields(ProfileType, (t) => ({
  shortCode: t.string({
    description: 'A short code that tells people with the same alias apart (not secret, not the id).',
    resolve: (p) => shortCodeOf(p.id),
  }),
  hasAccount: t.boolean({
    description: 'The person has their own account (else the adviser may invite them).',
    resolve: (p) => p.userId !== null,
  }),
}));
