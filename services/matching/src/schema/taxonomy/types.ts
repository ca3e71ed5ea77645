import { type Occupation, type Sector, type Skill, skillDisplay } from '@werkbrug/shared/schemas/taxonomy';
import type { Municipality } from '@werkbrug/shared/schemas/region';
import { builder } from '../builder.ts';

export const OutlookEnum = builder.enumType('Outlook', {
  description: 'Regional outlook of a sector: growing sectors come first in matching, as the regional policy asks.',
  values: {
    GROWING: { value: 'growing', description: 'Groeiend: tekort aan mensen.' },
    STABLE: { value: 'stable', description: 'Stabiel.' },
    SHRINKING: { value: 'shrinking', description: 'Krimpend: minder banen.' },
  } as const,
});

export const SectorType = builder.objectRef<Sector>('Sector').implement({
  description: 'A sector of the regional economy with its outlook and the fact the outlook rests on.',
  authScopes: { public: true },
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key, e.g. `healthcare`.' }),
    nameNl: t.exposeString('nameNl', { description: 'Dutch name.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name.' }),
    sbiSection: t.exposeString('sbiSection', { description: 'SBI 2008 section letter (Dutch NACE).' }),
    outlook: t.field({ type: OutlookEnum, resolve: (s) => s.outlook, description: 'Regional outlook.' }),
    outlookFact: t.exposeString('outlookFact', { description: 'The regional fact the outlook rests on (Dutch).' }),
    outlookSource: t.exposeString('outlookSource', { description: 'Where that fact comes from (URL).' }),
  }),
});

export const SkillType = builder.objectRef<Skill>('Skill').implement({
  description: 'An ESCO skill or knowledge item, with the Dutch label and synonyms people search with.',
  authScopes: { public: true },
  fields: (t) => ({
    uri: t.exposeString('uri', { description: 'ESCO URI: the stable id.' }),
    labelNl: t.exposeString('labelNl', {
      nullable: true,
      description: 'Dutch label; null where none is written yet (then show `label`, which is English).',
    }),
    labelEn: t.exposeString('labelEn', { description: 'English ESCO label.' }),
    label: t.string({
      description: 'The label to show: Dutch where written, else English (see `labelLang`).',
      resolve: (s) => skillDisplay(s).label,
    }),
    labelLang: t.string({
      description: 'Language of `label`: `nl` or `en` (mark English labels with lang="en").',
      resolve: (s) => skillDisplay(s).lang,
    }),
    synonymsNl: t.exposeStringList('synonymsNl', { description: 'Dutch words people use for this skill.' }),
    type: t.exposeString('type', { description: '`skill` or `knowledge`.' }),
    group: t.exposeString('group', {
      description: 'Nearest ESCO skill group (code) in the skill hierarchy: used for partial credit.',
    }),
  }),
});

export const OccupationType = builder.objectRef<Occupation>('Occupation').implement({
  description: 'An ESCO occupation (all 3,007), with its ISCO-08 code and sector.',
  authScopes: { public: true },
  fields: (t) => ({
    uri: t.exposeString('uri', { description: 'ESCO URI: the stable id.' }),
    isco08: t.exposeString('isco08', { description: 'ISCO-08 four-digit code.' }),
    labelNl: t.exposeString('labelNl', { description: 'Dutch preferred label.' }),
    altLabelsNl: t.exposeStringList('altLabelsNl', { description: 'Other Dutch names.' }),
    labelEn: t.exposeString('labelEn', { description: 'English label.' }),
    sector: t.field({
      type: SectorType,
      description: 'The sector.',
      resolve: (o, _a, ctx) => ctx.deps.taxonomy.sector(o.sector),
    }),
    essentialSkills: t.field({
      type: [SkillType],
      description: 'Skills ESCO calls essential for this occupation.',
      resolve: (o, _a, ctx) => resolveSkills(ctx.deps.taxonomy.skillsOf(o.uri).essential, ctx.deps.taxonomy.skillByUri),
    }),
    optionalSkills: t.field({
      type: [SkillType],
      description: 'Skills ESCO calls optional for this occupation.',
      resolve: (o, _a, ctx) => resolveSkills(ctx.deps.taxonomy.skillsOf(o.uri).optional, ctx.deps.taxonomy.skillByUri),
    }),
  }),
});

export const MunicipalityType = builder.objectRef<Municipality>('Municipality').implement({
  description: 'A municipality of the region or a neighbour of it.',
  authScopes: { public: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name.' }),
    inRegion: t.exposeBoolean('inRegion', {
      description: 'One of the seven municipalities of Zuid-Kennemerland en IJmond.',
    }),
    inhabitants: t.exposeInt('inhabitants', { description: 'Inhabitants on 1 January 2021 (CBS).' }),
    pc4: t.exposeStringList('pc4', { description: 'Its four-digit postcode areas.' }),
    lat: t.exposeFloat('lat', { description: 'Population-weighted centre, latitude.' }),
    lon: t.exposeFloat('lon', { description: 'Population-weighted centre, longitude.' }),
  }),
});

export function resolveSkills(uris: readonly string[], byUri: ReadonlyMap<string, Skill>): Skill[] {
  return uris.map((u) => byUri.get(u)).filter((s): s is Skill => s !== undefined);
}
