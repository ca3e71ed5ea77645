import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets a heap grow past what was live at its last full collection before it collects
 * again, for every thread of the service (the main thread and the matching workers share the
 * process's V8 flags). V8's own factor lets an old generation reach up to four times its live size; the
 * service's heaps hold mostly long-lived read models (taxonomy, reader, catalog, search index) and
 * little garbage per request, so a growth of 30 % keeps some 45 MB less resident after work with the
 * same matching latency (measured: docs/benchmarks.md, start-up and memory).
 *
 * Imported first by the service's entries (server.ts, demo-server.ts), so it applies before the data
 * files are parsed. Node does not accept this flag in NODE_OPTIONS, hence setFlagsFromString; V8 reads
 * it each time it sets a heap's next limit, so setting it at start-up is well-defined.
 */
/*
 * The other half of the service's resident memory outside the JS heaps is glibc's malloc arenas: each
 * thread that mallocs (the matching worker, V8's compiler and GC helpers, libuv's pool) gets its own,
 * and they keep what they once touched (about 90 MB after start-up and a few matches). That can only be
 * set before the process starts, so the start commands set MALLOC_ARENA_MAX=2 (deploy/Dockerfile,
 * npm start): 360 MB instead of 420 after work, matching latency unchanged (docs/benchmarks.md).
 */
export const heapGrowingPercent = 30;
setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
