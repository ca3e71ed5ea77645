import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { Occupation } from '@werkbrug/shared/schemas/taxonomy';
import { builder } from '../builder.ts';
import { OccupationType, SectorType } from '../taxonomy/types.ts';
import { ProfileType } from './types.ts';
import { shortCodeOf } from '../../application/caseload.ts';

/**
 * What an adviser needs on a person's page beyond the profile form's fields (issue 13): a short code
 * that tells people with the same alias apart and the person's wishes. (Certificates by name are on
 * the profile itself, see types.ts.)
 */
const occupations = (uris: readonly string[], byUri: ReadonlyMap<string, Occupation>) =>
  uris.map((u) => byUri.get(u)).filter((o): o is Occupation => o !== undefined);

const WishesType = builder.objectRef<Profile['wishes']>('ProfileWishes').implement({
  description: 'Where the person wants to go, and what they do not want.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    occupations: t.field({
      type: [OccupationType],
      description: 'Occupations they aim for.',
      resolve: (w, _a, ctx) => occupations(w.occupations, ctx.deps.taxonomy.occupationByUri),
    }),
    sectors: t.field({
      type: [SectorType],
      description: 'Sectors they aim for.',
      resolve: (w, _a, ctx) => w.sectors.map((k) => ctx.deps.taxonomy.sector(k)),
    }),
    excludeOccupations: t.field({
      type: [OccupationType],
      description: 'Occupations they do not want.',
      resolve: (w, _a, ctx) => occupations(w.excludeOccupations, ctx.deps.taxonomy.occupationByUri),
    }),
    excludeSectors: t.field({
      type: [SectorType],
      description: 'Sectors they do not want.',
      resolve: (w, _a, ctx) => w.excludeSectors.map((k) => ctx.deps.taxonomy.sector(k)),
    }),
    stayInField: t.exposeBoolean('stayInField', {
      nullable: true,
      description: 'They want to stay in their field (null: not said).',
    }),
  }),
});

builder.objectFields(ProfileType, (t) => ({
  shortCode: t.string({
    description: 'A short code that tells people with the same alias apart (not secret, not the id).',
    resolve: (p) => shortCodeOf(p.id),
  }),
  wishes: t.field({ type: WishesType, description: 'Wishes.', resolve: (p) => p.wishes }),
  hasAccount: t.boolean({
    description: 'The person has their own account (else the adviser may invite them).',
    resolve: (p) => p.userId !== null,
  }),
}));
