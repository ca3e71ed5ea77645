import { loadConfigOrExit } from '../env.ts';
import { createRuntime } from '../composition.ts';
import { demoSeeder } from '../demo/demo-seeder.ts';

/** `pnpm seed`: seeds the configured database if it is empty, then exits. */
const config = loadConfigOrExit({ ...process.env, SEED_ON_START: 'true' });
const runtime = await createRuntime(config, (msg) => console.log(msg), { seeder: demoSeeder });
console.log(`Database: ${config.databasePath} holds ${await runtime.store.vacancies.count()} vacancies.`);
await runtime.close();
