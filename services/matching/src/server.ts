// First: V8's heap settings apply before any data is parsed (heap-settings.ts).
import './heap-settings.ts';
import { serve } from './serve.ts';

/**
 * The production entry (dist/server.js): no seeder, so the bundle holds neither the demo data
 * generator nor the demo password, and a database with demo accounts is refused in production.
 */
await serve();
