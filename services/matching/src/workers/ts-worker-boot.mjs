// Starts a TypeScript worker when the service runs from source (tests, npm run dev): workers do not
// inherit the main thread's loader, so this registers tsx first. The bundle runs match-worker.js directly.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
