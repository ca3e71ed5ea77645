import { z } from 'zod';
import { readTyped, type TextReading } from '../../application/reading.ts';
import { builder } from '../builder.ts';
import { SuggestionType } from '../match/types.ts';

const ReadKindEnum = builder.enumType('ReadKind', {
  description: 'What the typed text should be: a job title or a skill (certificates are found in both).',
  values: {
    OCCUPATION: { value: 'occupation', description: 'A job title.' },
    SKILL: { value: 'skill', description: 'A skill, certificate or licence.' },
  } as const,
});

const TextReadingType = builder.objectRef<TextReading>('TextReading').implement({
  description: 'One typed item read on its own: either read, or unread with suggestions to ask "Bedoel je ...?".',
  authScopes: { public: true },
  fields: (t) => ({
    text: t.exposeString('text', { description: 'What was typed.' }),
    kind: t.string({
      nullable: true,
      description: '`occupation`, `skill` or `certificate` when read; null when unread.',
      resolve: (r) => r.kind,
    }),
    read: t.field({
      type: SuggestionType,
      nullable: true,
      description: 'What it was read as (ESCO URI or `certificate:<key>`), or null.',
      resolve: (r) => r.read,
    }),
    suggestions: t.field({
      type: [SuggestionType],
      description: 'When unread: what it might mean, best first (empty when nothing comes close).',
      resolve: (r) => r.suggestions,
    }),
  }),
});

builder.queryFields((t) => ({
  readText: t.field({
    type: TextReadingType,
    description: 'Read one typed job title or skill as the matching does (typos, employer words, certificates).',
    authScopes: { public: true },
    args: {
      kind: t.arg({ type: ReadKindEnum, required: true }),
      text: t.arg.string({
        required: true,
        validate: z.string().trim().min(1, { message: 'Typ eerst iets.' }).max(100, {
          message: 'Dit is te lang (hoogstens 100 tekens).',
        }),
      }),
    },
    resolve: (_r, args, ctx) => readTyped(ctx.deps.reader, ctx.deps.taxonomy, args.kind, args.text),
  }),
}));
