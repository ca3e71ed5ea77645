import { generateDataset } from '@werkbrug/seed';
import type { Seeder } from '../composition.ts';
import { seedStore } from '../store/sql/seed-store.ts';

/**
 * The regional demo data (@werkbrug/seed), demo accounts and their password included, loaded into the
 * store (SQLite or PostgreSQL). Only the demo entry, the seed CLI and tests import this; the production
 * entry never does.
 */
export const demoSeeder: Seeder = (store, size) => seedStore(store.sql, generateDataset(size));
