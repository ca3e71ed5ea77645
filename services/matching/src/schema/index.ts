import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './taxonomy.ts';
import './vacancy.ts';
import './course.ts';
import './viewer.ts';
import './search.ts';
import './profile.ts';
import './shortlist.ts';
import './vacancy-mutations.ts';
import './admin.ts';
import './data-export.ts';
import './match.ts';

/** Importing a module registers its types and fields on the builder; this only assembles them. */
let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}
