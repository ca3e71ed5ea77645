import type { Profile } from '@werkbrug/shared/schemas/profile';
import type { Occupation } from '@werkbrug/shared/schemas/taxonomy';
import { builder } from '../builder.ts';
import type { Context } from '../../context.ts';
import { OccupationType, SectorType } from '../taxonomy/types.ts';

const occupations = (uris: readonly string[], ctx: Context): Occupation[] =>
  uris.flatMap((u) => ctx.deps.taxonomy.occupationByUri.get(u) ?? []);

/** Part of a profile: visible wherever the profile is (the Profile type decides who sees it). */
export const WishesType = builder.objectRef<Profile['wishes']>('Wishes').implement({
  description: 'Where the person wants to go.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    occupations: t.field({
      type: [OccupationType],
      description: 'Occupations aimed for.',
      resolve: (w, _a, ctx) => occupations(w.occupations, ctx),
    }),
    sectors: t.field({
      type: [SectorType],
      description: 'Sectors aimed for.',
      resolve: (w, _a, ctx) => w.sectors.map((k) => ctx.deps.taxonomy.sector(k)),
    }),
    excludeOccupations: t.field({
      type: [OccupationType],
      description: 'Occupations ruled out.',
      resolve: (w, _a, ctx) => occupations(w.excludeOccupations, ctx),
    }),
    excludeSectors: t.field({
      type: [SectorType],
      description: 'Sectors ruled out.',
      resolve: (w, _a, ctx) => w.excludeSectors.map((k) => ctx.deps.taxonomy.sector(k)),
    }),
    stayInField: t.boolean({
      nullable: true,
      description: 'true: wants to stay in their field; false: wants something else; null: has not said.',
      resolve: (w) => w.stayInField,
    }),
  }),
});
