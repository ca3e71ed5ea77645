import type { ArgBuilder } from '@pothos/core';
import { z } from 'zod';
import { builder, type BuilderTypes as Types } from './builder.ts';

/** Every list is bounded: `first` defaults to 20 and may not exceed 100. */
export const firstArg = (arg: ArgBuilder<Types>, defaultValue = 20, max = 100) =>
  arg.int({
    required: false,
    defaultValue,
    description: `How many items to return (1-${max}).`,
    validate: z
      .number()
      .int()
      .min(1, { message: 'Vraag om minstens 1 resultaat.' })
      .max(max, { message: `Vraag om hoogstens ${max} resultaten.` }),
  });

export const afterArg = (arg: ArgBuilder<Types>) =>
  arg.string({
    required: false,
    description: 'Cursor from `pageInfo.endCursor` of the previous page.',
    validate: z.string().max(200, { message: 'Deze cursor klopt niet.' }),
  });

export const PageInfo = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  description: 'Where this page ends and whether more follows.',
  authScopes: { public: true },
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage', { description: 'True when another page follows.' }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'Pass as `after` to get the next page.' }),
  }),
});
