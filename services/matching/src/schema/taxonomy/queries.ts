import type { Occupation } from '@werkbrug/shared/schemas/taxonomy';
import { municipalities } from '@werkbrug/shared/region/postcodes';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { firstArg } from '../pagination.ts';
import { MunicipalityType, OccupationType, SectorType, SkillType, resolveSkills } from './types.ts';

builder.queryFields((t) => ({
  sectors: t.field({
    type: [SectorType],
    description: 'All sectors with their regional outlook.',
    authScopes: { public: true },
    resolve: (_r, _a, ctx) => ctx.deps.taxonomy.sectorsWithOverrides(),
  }),
  municipalities: t.field({
    type: [MunicipalityType],
    description: 'Municipalities of the region and its neighbours.',
    authScopes: { public: true },
    args: {
      inRegionOnly: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: 'Only the seven of the region.',
      }),
    },
    resolve: (_r, args) => municipalities.filter((m) => !args.inRegionOnly || m.inRegion),
  }),
  occupation: t.field({
    type: OccupationType,
    nullable: true,
    description: 'One occupation by ESCO URI.',
    authScopes: { public: true },
    args: { uri: t.arg.string({ required: true, validate: z.string().max(200) }) },
    resolve: (_r, args, ctx) => ctx.deps.taxonomy.occupationByUri.get(args.uri) ?? null,
  }),
  skill: t.field({
    type: SkillType,
    nullable: true,
    description: 'One skill by ESCO URI.',
    authScopes: { public: true },
    args: { uri: t.arg.string({ required: true, validate: z.string().max(200) }) },
    resolve: (_r, args, ctx) => ctx.deps.taxonomy.skillByUri.get(args.uri) ?? null,
  }),
  occupations: t.field({
    type: [OccupationType],
    description:
      'Occupations as you type (Dutch and English names, typos allowed), or in taxonomy order without a query.',
    authScopes: { public: true },
    args: {
      query: t.arg.string({
        required: false,
        description: 'Part of a name, e.g. `verpl`.',
        validate: z.string().max(100),
      }),
      sector: t.arg.string({ required: false, validate: z.string().max(40) }),
      first: firstArg(t.arg, 100, 200),
    },
    resolve: async (_r, args, ctx) => {
      const { taxonomy } = ctx.deps;
      const first = args.first ?? 100;
      const inSector = (o: Occupation) => !args.sector || o.sector === args.sector;
      if (!args.query?.trim()) return taxonomy.occupations.filter(inSector).slice(0, first);
      const hits = await ctx.deps.search.suggestOccupations(args.query, Math.min(200, first * 3));
      return hits
        .map((h) => taxonomy.occupationByUri.get(h.uri))
        .filter((o): o is Occupation => !!o && inSector(o))
        .slice(0, first);
    },
  }),
  skills: t.field({
    type: [SkillType],
    description:
      'Skills as you type (Dutch labels, synonyms and English labels, typos allowed), or the skills of one occupation.',
    authScopes: { public: true },
    args: {
      query: t.arg.string({
        required: false,
        description: 'Part of a skill, e.g. `eerste hu`.',
        validate: z.string().max(100),
      }),
      occupationUri: t.arg.string({ required: false, validate: z.string().max(200) }),
      first: firstArg(t.arg, 100, 200),
    },
    resolve: async (_r, args, ctx) => {
      const { taxonomy } = ctx.deps;
      if (args.query?.trim()) {
        const hits = await ctx.deps.search.suggestSkills(args.query, args.first ?? 100);
        return resolveSkills(
          hits.map((h) => h.uri),
          taxonomy.skillByUri,
        );
      }
      const uris = args.occupationUri
        ? [...taxonomy.skillsOf(args.occupationUri).essential, ...taxonomy.skillsOf(args.occupationUri).optional]
        : taxonomy.skills.map((s) => s.uri);
      return resolveSkills(uris.slice(0, args.first ?? 100), taxonomy.skillByUri);
    },
  }),
}));
