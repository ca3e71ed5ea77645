import { readFileSync } from 'node:fs';
import { loadConfigOrExit } from '../env.ts';
import { createRuntime } from '../composition.ts';
import { createUseCases } from '../application/use-cases.ts';
import { formatReport } from '../ingest/report.ts';

/**
 * `pnpm ingest vacancies <file.jsonld> --bron <source>` (schema.org JobPosting JSON-LD) or
 * `pnpm ingest courses <file.json> --bron <source>` (OOAPI programs and offerings): reads the file into the
 * configured database and prints the report. The outbox rows stay for the running service, whose relay brings
 * search and matching up to date; a service that starts later rebuilds from the store anyway.
 */
const usage =
  'Gebruik: pnpm ingest vacancies <bestand> --bron <bron>  of  pnpm ingest courses <bestand> --bron <bron>\n' +
  'Usage: pnpm ingest vacancies|courses <file> --source <source>';
const args = process.argv.slice(2);
const kind = args[0];
const path = args[1];
const flag = args.findIndex((a) => a === '--bron' || a === '--source');
const source = flag >= 0 ? args[flag + 1] : undefined;
if ((kind !== 'vacancies' && kind !== 'courses') || !path || !source) {
  console.error(usage);
  process.exit(2);
}

let file: unknown;
try {
  file = JSON.parse(readFileSync(path, 'utf8'));
} catch (err) {
  console.error(`Het bestand ${path} is niet te lezen als JSON: ${(err as Error).message}`);
  process.exit(1);
}

const config = loadConfigOrExit({ ...process.env, SEED_ON_START: 'false' });
const runtime = await createRuntime(config, () => {}, { startRelay: false });
const useCases = createUseCases(runtime, { observeMatch: () => {} });
const actor = { userId: null, requestId: `cli-import-${Date.now()}` };
const report =
  kind === 'vacancies'
    ? await useCases.imports.vacancies(actor, file, source)
    : await useCases.imports.courses(actor, file, source);
console.log(formatReport(report));
await runtime.close();
process.exit(report.rejected.length > 0 ? 3 : 0);
