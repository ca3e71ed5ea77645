import { createServer, type IncomingMessage, type Server } from 'node:http';
import { checkRequest, checkResponse, findOperation, type IndexRules } from './openapi-check.ts';

/**
 * A stand-in for a Meilisearch server, for the request check: every request is checked against the
 * description before it is answered, and every answer is shaped as the description defines it (and
 * checked against it too). It keeps indexes, settings, documents and tasks, so the adapter can run
 * its whole scenario; it does not rank: search returns stored documents in order, which is enough to
 * exercise every request and every field the adapter reads back. Tasks succeed at once.
 */
export interface FakeMeilisearch {
  url: string;
  /** Every request, as it arrived. */
  requests: { method: string; path: string; operationId: string | null; body: unknown }[];
  /** Everything the description rejects, in requests and in this fake's own answers. */
  problems: string[];
  close(): Promise<void>;
}

interface FakeIndex {
  uid: string;
  primaryKey: string | null;
  createdAt: string;
  settings: Record<string, unknown>;
  docs: Map<string, Record<string, unknown>>;
}

const error = (code: string, message: string) => ({
  message,
  code,
  type: 'invalid_request',
  link: `https://docs.meilisearch.com/errors#${code}`,
});

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const indexes = new Map<string, FakeIndex>();
  const tasks: Record<string, unknown>[] = [];
  const requests: FakeMeilisearch['requests'] = [];
  const problems: string[] = [];
  const now = () => new Date().toISOString();
  const rulesOf = (uid: string): IndexRules | undefined => {
    const s = indexes.get(uid)?.settings;
    if (!s) return undefined;
    return {
      filterable: new Set((s.filterableAttributes as string[] | undefined) ?? []),
      sortable: new Set((s.sortableAttributes as string[] | undefined) ?? []),
    };
  };
  const create = (uid: string, primaryKey: string | null) => {
    if (!indexes.has(uid)) indexes.set(uid, { uid, primaryKey, createdAt: now(), settings: {}, docs: new Map() });
    return indexes.get(uid)!;
  };
  // Details only for settings updates: the description's DetailsView merges the settings object (which
  // refuses other fields) into every task's details, so the counts a real server reports for document
  // tasks cannot be described; null is what the description allows, and the adapter never reads them.
  const enqueue = (type: string, indexUid: string | null, settings?: Record<string, unknown>) => {
    const uid = tasks.length;
    const at = now();
    tasks.push({
      uid,
      batchUid: uid,
      indexUid,
      status: 'succeeded',
      type,
      canceledBy: null,
      details: type === 'settingsUpdate' ? (settings ?? null) : null,
      error: null,
      duration: 'PT0.001S',
      enqueuedAt: at,
      startedAt: at,
      finishedAt: at,
    });
    return { taskUid: uid, indexUid, status: 'enqueued', type, enqueuedAt: at };
  };
  const view = (i: FakeIndex) => ({ uid: i.uid, createdAt: i.createdAt, updatedAt: now(), primaryKey: i.primaryKey });
  const pick = (doc: Record<string, unknown>, fields: string[] | undefined) =>
    fields ? Object.fromEntries(fields.filter((f) => f in doc).map((f) => [f, doc[f]])) : doc;

  function answer(
    operationId: string,
    params: Record<string, string>,
    query: URLSearchParams,
    body: any,
  ): [number, unknown] {
    const index = params.indexUid ? indexes.get(params.indexUid) : undefined;
    const missing = (): [number, unknown] => [404, error('index_not_found', `Index \`${params.indexUid}\` not found.`)];
    switch (operationId) {
      case 'get_health':
        return [200, { status: 'available' }];
      case 'get_index':
        return index ? [200, view(index)] : missing();
      case 'create_index':
        create(body.uid, body.primaryKey ?? null);
        return [200, enqueue('indexCreation', body.uid)];
      case 'delete_index':
        indexes.delete(params.indexUid!);
        return [202, enqueue('indexDeletion', params.indexUid!)];
      case 'update_all': {
        const target = create(params.indexUid!, null);
        target.settings = { ...target.settings, ...body };
        return [200, enqueue('settingsUpdate', target.uid, body)];
      }
      case 'replace_documents': {
        const target = create(params.indexUid!, query.get('primaryKey'));
        const key = target.primaryKey ?? 'id';
        for (const doc of body as Record<string, unknown>[]) target.docs.set(String(doc[key]), doc);
        return [200, enqueue('documentAdditionOrUpdate', target.uid)];
      }
      case 'delete_documents_batch': {
        for (const id of body as string[]) index?.docs.delete(String(id));
        return [200, enqueue('documentDeletion', params.indexUid!)];
      }
      case 'get_documents': {
        if (!index) return missing();
        const offset = Number(query.get('offset') ?? 0);
        const limit = Number(query.get('limit') ?? 20);
        const fields = query.get('fields')?.split(',');
        const all = [...index.docs.values()];
        return [
          200,
          { results: all.slice(offset, offset + limit).map((d) => pick(d, fields)), offset, limit, total: all.length },
        ];
      }
      case 'get_index_stats': {
        if (!index) return missing();
        return [
          200,
          {
            numberOfDocuments: index.docs.size,
            rawDocumentDbSize: 0,
            avgDocumentSize: 0,
            isIndexing: false,
            fieldDistribution: {},
          },
        ];
      }
      case 'search_with_post': {
        if (!index) return missing();
        const offset = body.offset ?? 0;
        const limit = body.limit ?? 20;
        const words = String(body.q ?? '')
          .toLowerCase()
          .split(/\s+/)
          .filter(Boolean);
        const found = [...index.docs.values()].filter((d) =>
          words.every((w) => JSON.stringify(d).toLowerCase().includes(w)),
        );
        const facetDistribution = body.facets
          ? Object.fromEntries(
              (body.facets as string[]).map((f) => {
                const counts: Record<string, number> = {};
                for (const d of found)
                  for (const v of [d[f]].flat()) if (v !== undefined) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
                return [f, counts];
              }),
            )
          : undefined;
        return [
          200,
          {
            hits: found.slice(offset, offset + limit).map((d, i) => ({
              ...pick(d, body.attributesToRetrieve),
              ...(body.showRankingScore ? { _rankingScore: 1 - i / (limit + 1) } : {}),
            })),
            query: body.q ?? '',
            processingTimeMs: 1,
            limit,
            offset,
            estimatedTotalHits: found.length,
            ...(facetDistribution ? { facetDistribution } : {}),
          },
        ];
      }
      case 'swap_indexes': {
        for (const {
          indexes: [a, b],
        } of body as { indexes: [string, string] }[]) {
          const first = indexes.get(a);
          const second = indexes.get(b);
          if (first && second) {
            indexes.set(a, { ...second, uid: a });
            indexes.set(b, { ...first, uid: b });
          }
        }
        return [200, enqueue('indexSwap', null)];
      }
      case 'get_task': {
        const task = tasks[Number(params.taskUid)];
        return task ? [200, task] : [404, error('task_not_found', `Task \`${params.taskUid}\` not found.`)];
      }
      default:
        return [501, error('not_implemented', `${operationId} is not part of this stand-in`)];
    }
  }

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    const op = findOperation(method, url.pathname);
    requests.push({ method, path: url.pathname, operationId: op?.operationId ?? null, body });
    problems.push(...checkRequest({ method, path: url.pathname, query: url.searchParams, body }, rulesOf));
    const [status, payload] = op
      ? answer(op.operationId, op.params, url.searchParams, body)
      : [404, error('not_found', 'no route')];
    if (op) problems.push(...checkResponse(op, status, payload));
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    problems,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
