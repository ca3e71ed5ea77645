// First: V8's heap settings apply before any data is parsed (heap-settings.ts).
import './heap-settings.ts';
import { demoSeeder } from './demo/demo-seeder.ts';
import { serve } from './serve.ts';

/**
 * The demo entry (dist/demo-server.js, used by npm start, npm run dev and the browser tests): the
 * same server, with regional demo data seeded into an empty database on first start.
 */
await serve({ seeder: demoSeeder });
