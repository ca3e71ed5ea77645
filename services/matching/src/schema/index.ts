import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './taxonomy/queries.ts';
import './taxonomy/sector-outlook.ts';
import './taxonomy/reading.ts';
import './vacancy/queries.ts';
import './vacancy/mutations.ts';
import './vacancy/search.ts';
import './course/queries.ts';
import './course/search.ts';
import './funding/queries.ts';
import './funding/mutations.ts';
import './viewer/session.ts';
import './viewer/data-export.ts';
import './profile/queries.ts';
import './profile/mutations.ts';
import './profile/person-details.ts';
import './profile/caseload.ts';
import './shortlist/queries.ts';
import './shortlist/mutations.ts';
import './shortlist/answers.ts';
import './contact/queries.ts';
import './contact/mutations.ts';
import './search/index-status.ts';
import './match/queries.ts';
import './taxonomy/certificate-routes.ts';
import './account/mutations.ts';
import './saved-search/queries.ts';
import './saved-search/mutations.ts';
import './scoring-log/queries.ts';

/** Importing a module registers its types and fields on the builder; this only assembles them. */
let schema: GraphQLSchema | undefined;

export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}
