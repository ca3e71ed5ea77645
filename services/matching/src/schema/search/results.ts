import { sectorKey } from '@werkbrug/shared/schemas/taxonomy';
import { contractTypeLabelsNl } from '@werkbrug/shared/schemas/vacancy';
import { courseKind, courseModeLabelsNl } from '@werkbrug/shared/schemas/course';
import { kindInfo } from '@werkbrug/shared/courses/course-kinds';
import { outlookLabelsNl } from '@werkbrug/shared/schemas/common';
import { builder, type BuilderTypes } from '../builder.ts';
import type { Context } from '../../context.ts';
import type { FacetCounts, Near, SearchPage, SearchQuery } from '../../search/port.ts';
import { PageInfo } from '../pagination.ts';
import { FacetType, decodeOffset, encodeOffset, resolveNear } from './inputs.ts';

function facetLabel(ctx: Context, field: string, value: string): string {
  switch (field) {
    case 'sector': {
      const key = sectorKey.safeParse(value);
      return (key.success ? ctx.deps.taxonomy.sectorByKey.get(key.data)?.nameNl : undefined) ?? value;
    }
    case 'outlook':
      return outlookLabelsNl[value as keyof typeof outlookLabelsNl] ?? value;
    case 'contractType':
      return contractTypeLabelsNl[value as keyof typeof contractTypeLabelsNl] ?? value;
    case 'mode':
      return courseModeLabelsNl[value as keyof typeof courseModeLabelsNl] ?? value;
    case 'funding':
      return ctx.deps.funding.get(value)?.nameNl ?? value;
    case 'kind': {
      const kind = courseKind.safeParse(value);
      return kind.success ? kindInfo(kind.data).nameNl : value;
    }
    case 'level':
      return `Niveau ${value}`;
    case 'garantiebaan':
    case 'bbl':
      return value === 'true' ? 'Ja' : 'Nee';
    default:
      return value;
  }
}

const labelled = (ctx: Context, facets: FacetCounts[]) =>
  facets.map((f) => ({
    field: f.field,
    values: f.values.map((v) => ({ ...v, label: facetLabel(ctx, f.field, v.value) })),
  }));

interface Hit<T> {
  cursor: string;
  distanceKm: number | null;
  score: number;
  node: T;
}
interface Result<T> {
  totalCount: number;
  hits: Hit<T>[];
  facets: ReturnType<typeof labelled>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  degraded: boolean;
}

/** Loads hits from the store of record, in the index's order; ids the store no longer has are dropped. */
async function assemble<T extends { id: string }>(
  ctx: Context,
  page: SearchPage,
  offset: number,
  load: (ids: string[]) => Promise<T[]>,
): Promise<Result<T>> {
  const byId = new Map((await load(page.hits.map((h) => h.id))).map((r) => [r.id, r]));
  const hits = page.hits.flatMap((h, i) => {
    const node = byId.get(h.id);
    return node
      ? [
          {
            cursor: encodeOffset(offset + i + 1),
            distanceKm: h.distanceKm === null ? null : Math.round(h.distanceKm * 10) / 10,
            score: h.score,
            node,
          },
        ]
      : [];
  });
  const end = offset + page.hits.length;
  return {
    totalCount: page.totalCount,
    hits,
    facets: labelled(ctx, page.facets),
    pageInfo: { hasNextPage: end < page.totalCount, endCursor: page.hits.length ? encodeOffset(end) : null },
    degraded: page.degraded,
  };
}

export type HitFieldBuilder<T> = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, Hit<T>>;

/**
 * `<Name>Hit` and `<Name>SearchResult` for one kind of record. The caller declares the `node` field,
 * so its type is checked against the record type there (a generic ref cannot be checked here).
 */
export function searchResultTypes<T, Node extends ReturnType<HitFieldBuilder<T>['field']>>(
  name: string,
  what: string,
  nodeField: (t: HitFieldBuilder<T>) => Node,
) {
  const HitType = builder.objectRef<Hit<T>>(`${name}Hit`).implement({
    description: `One ${what} in a search result.`,
    authScopes: { public: true },
    fields: (t) => ({
      cursor: t.exposeString('cursor', { description: 'Pass as `after` to continue after this hit.' }),
      distanceKm: t.exposeFloat('distanceKm', {
        nullable: true,
        description: 'Straight-line distance in km from `near`, one decimal.',
      }),
      score: t.exposeFloat('score', { description: 'Text relevance 0..1 (1 without a query).' }),
      node: nodeField(t),
    }),
  });
  return builder.objectRef<Result<T>>(`${name}SearchResult`).implement({
    description: `A page of ${what} search hits with counts.`,
    authScopes: { public: true },
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount', { description: 'Hits over all pages.' }),
      hits: t.field({ type: [HitType], description: 'This page.', resolve: (r) => r.hits }),
      facets: t.field({
        type: [FacetType],
        description: 'Counts per value of the requested facets, over all hits.',
        resolve: (r) => r.facets,
      }),
      pageInfo: t.field({ type: PageInfo, description: 'Where this page ends.', resolve: (r) => r.pageInfo }),
      degraded: t.exposeBoolean('degraded', {
        description: 'True when Meilisearch was unavailable and the embedded engine answered.',
      }),
    }),
  });
}

/** GraphQL sends null for a filter field left out; the search port wants it absent. */
type Present<F> = { [K in keyof F]?: NonNullable<F[K]> };
const present = <F extends object>(o: F | null | undefined): Present<F> | undefined =>
  o
    ? (Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Present<F>)
    : undefined;

export interface SearchArgs<F, S, Facet> {
  query?: string | null;
  filter?: F | null;
  near?: Parameters<typeof resolveNear>[0];
  sort?: S | null;
  facets?: readonly Facet[] | null;
  first?: number | null;
  after?: string | null;
}

/** Both searches the same way: the port answers with ids, the store of record with the records. */
export async function runSearch<F extends object, S, Facet, T extends { id: string }>(
  ctx: Context,
  args: SearchArgs<F, S, Facet>,
  defaultSort: S,
  search: (q: SearchQuery<Present<F>, S, Facet>) => Promise<SearchPage>,
  load: (ids: string[]) => Promise<T[]>,
): Promise<Result<T>> {
  const offset = decodeOffset(args.after);
  const near: Near | undefined = resolveNear(args.near);
  const page = await search({
    text: args.query?.trim() || undefined,
    filter: present(args.filter),
    near,
    sort: args.sort ?? defaultSort,
    facets: [...(args.facets ?? [])],
    offset,
    limit: args.first ?? 20,
  });
  return assemble(ctx, page, offset, load);
}
