import { generateDataset } from '@werkbrug/seed';
import type { Seeder } from '../composition.ts';
import { seedSqlite } from '../store/sqlite/seed-sqlite.ts';

/**
 * The regional demo data (@werkbrug/seed), demo accounts and their password included, loaded into SQLite. Only
 * the demo entry, the seed CLI and tests import this; the production entry never does.
 */
export const demoSeeder: Seeder = (store, size) => seedSqlite(store.db, generateDataset(size));
