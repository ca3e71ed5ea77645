import { hostname } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { corsOrigins, trustProxy } from './env-parsers.ts';

/**
 * All configuration, validated once. Every problem is reported together, then the process stops:
 * nobody should have to fix a configuration one error at a time. No behaviour hangs on NODE_ENV;
 * `DEPLOYMENT=production` is the one switch for production hardening.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (max: number) =>
  z.coerce
    .number({ message: 'must be a whole number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(max, { message: `must be at most ${max}` });

export const envSchema = z
  .object({
    DEPLOYMENT: z
      .enum(['development', 'test', 'production'], { message: 'must be development, test or production' })
      .default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z
      .string()
      .default('4000')
      .pipe(z.string().regex(/^\d+$/, { message: 'must be a port number (1-65535)' }))
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(1, { message: 'must be a port number (1-65535)' })
          .max(65535, { message: 'must be a port number (1-65535)' }),
      ),
    DATA_DIR: z.string().min(1).default('data'),
    DATABASE_PATH: z.string().min(1).optional(),
    /** PostgreSQL instead of SQLite: several instances can then share one store. */
    DATABASE_URL: z
      .url({ message: 'must be a URL such as postgres://werkbrug@db:5432/werkbrug' })
      .refine((u) => /^postgres(ql)?:\/\//.test(u), {
        message: 'must start with postgres:// (only PostgreSQL is supported here; SQLite is the default)',
      })
      .optional(),
    DATABASE_POOL_SIZE: positiveInt(200).default(10),
    /** This instance's name in logs and in PostgreSQL's list of connections; host name and pid by default. */
    INSTANCE_NAME: z
      .string()
      .regex(/^[a-zA-Z0-9_.-]{1,40}$/, { message: 'may only hold letters, digits, ., - and _ (at most 40)' })
      .optional(),
    /** Defaults to true, except in production, where demo data is never wanted. */
    SEED_ON_START: bool.optional(),
    SEED_VACANCIES: positiveInt(200_000).default(2400),
    SEED_COURSES: positiveInt(20_000).default(360),
    SEED_PROFILES: positiveInt(20_000).default(600),
    MEILI_URL: z.url({ message: 'must be a URL such as http://127.0.0.1:7700' }).optional(),
    MEILI_API_KEY: z.string().min(1).optional(),
    MEILI_SEARCH_KEY: z.string().min(1).optional(),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]{1,40}$/, { message: 'may only hold letters, digits, - and _' })
      .default('werkbrug'),
    MEILI_TIMEOUT_MS: positiveInt(60_000).default(2000),
    WEB_DIST: z.string().min(1).optional(),
    SESSION_TTL_HOURS: positiveInt(24 * 90).default(12),
    RATE_LIMIT_MAX: positiveInt(1_000_000).default(600),
    /** Failed sign-ins to one account (15 minutes) before each next attempt waits, 2 s doubling to 60 s at most. */
    SIGN_IN_RATE_LIMIT_MAX: positiveInt(10_000).default(5),
    /** The same from one address, over every account it tries; successful sign-ins never count. */
    SIGN_IN_ADDRESS_MAX: positiveInt(100_000).default(50),
    TRUST_PROXY: trustProxy,
    CORS_ORIGINS: corsOrigins,
    /** In production /metrics answers only with `Authorization: Bearer <METRICS_TOKEN>` (and not at all without one). */
    METRICS_TOKEN: z.string().min(24, { message: 'must be at least 24 characters' }).optional(),
    MATCHING_ENABLED: bool.default(true),
    /** Heavy parts per request: each scoring field costs 1, and every 15 free texts in its profile 1 more. */
    MAX_HEAVY_PER_REQUEST: positiveInt(20).default(3),
    /** Worker threads that match (default: one per core but one, at least one); 0 matches in the event loop. */
    MATCH_WORKERS: z.coerce.number({ message: 'must be a whole number' }).int().min(0).max(64).optional(),
    /** How long one match may take, waiting included, before the caller hears TIMEOUT. */
    MATCH_DEADLINE_MS: positiveInt(60_000).default(1500),
    /** Anonymous matching jobs waiting or running at once (default: eight per worker, at least MAX_HEAVY_PER_REQUEST); more get BUSY. */
    MATCH_ANONYMOUS_CONCURRENCY: positiveInt(1000).optional(),
    /** Days the scoring log keeps an entry; the AI Act (art. 19, 26(6)) asks for at least six months. */
    SCORING_LOG_RETENTION_DAYS: positiveInt(3650).default(183),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    OUTBOX_POLL_MS: positiveInt(60_000).default(250),
    /** Where people reach the web app: links in mails, JSON-LD and the vacancy feed start with it (default http://localhost:PORT). */
    PUBLIC_URL: z.url({ message: 'must be a URL such as https://werkbrug.example.nl' }).optional(),
    /** The mail server. Without it, outside production, mail goes to an SMTP server inside the service (see /dev/mail). */
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce
      .number({ message: 'must be a port number (1-65535)' })
      .int({ message: 'must be a port number (1-65535)' })
      .min(1, { message: 'must be a port number (1-65535)' })
      .max(65535, { message: 'must be a port number (1-65535)' })
      .default(587),
    /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
    SMTP_SECURE: bool.default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASS: z.string().min(1).optional(),
    MAIL_FROM: z
      .string()
      .regex(/^[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>$|^[^<>\s@]+@[^<>\s@]+$/, {
        message: 'must be an address, e.g. "Werkbrug <noreply@werkbrug.example.nl>"',
      })
      .default('Werkbrug <noreply@werkbrug.localhost>'),
    /** Signs the unsubscribe links in alert mails; at least 32 characters, secret, stable across restarts. */
    TOKEN_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
    /** Alerts: the hour (UTC) the daily and weekly mails go out, and how often the job looks for due ones. */
    ALERT_HOUR_UTC: z.coerce
      .number({ message: 'must be an hour from 0 to 23' })
      .int({ message: 'must be an hour from 0 to 23' })
      .min(0, { message: 'must be an hour from 0 to 23' })
      .max(23, { message: 'must be an hour from 0 to 23' })
      .default(6),
    ALERT_CHECK_MINUTES: positiveInt(24 * 60).default(15),
    ALERTS_ENABLED: bool.default(true),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL && env.DATABASE_PATH) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_PATH'],
        message: 'cannot be used together with DATABASE_URL: choose SQLite (a path) or PostgreSQL (a URL)',
      });
    }
    if (env.MEILI_API_KEY && !env.MEILI_URL) {
      ctx.addIssue({ code: 'custom', path: ['MEILI_URL'], message: 'is required when MEILI_API_KEY is set' });
    }
    if (env.DEPLOYMENT === 'production' && env.MEILI_URL && !env.MEILI_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['MEILI_API_KEY'],
        message: 'is required in production when MEILI_URL is set',
      });
    }
    if (env.SMTP_USER && !env.SMTP_PASS) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_PASS'], message: 'is required when SMTP_USER is set' });
    }
    // Production sends real mail with real links, and unsubscribe links must not be forgeable.
    if (env.DEPLOYMENT === 'production') {
      for (const key of ['SMTP_HOST', 'PUBLIC_URL', 'TOKEN_SECRET'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production' });
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface Config extends Omit<Env, 'SEED_ON_START' | 'PUBLIC_URL' | 'TOKEN_SECRET'> {
  SEED_ON_START: boolean;
  /** Without a trailing slash. */
  PUBLIC_URL: string;
  TOKEN_SECRET: string;
  databasePath: string;
  database: DatabaseConfig;
  instanceName: string;
  production: boolean;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function parseConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ConfigResult {
  // Empty strings mean "not set", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
    };
  }
  const dataDir = isAbsolute(result.data.DATA_DIR) ? result.data.DATA_DIR : resolve(cwd, result.data.DATA_DIR);
  const databasePath = result.data.DATABASE_PATH ?? join(dataDir, 'werkbrug.sqlite');
  return {
    ok: true,
    config: {
      ...result.data,
      SEED_ON_START: result.data.SEED_ON_START ?? result.data.DEPLOYMENT !== 'production',
      PUBLIC_URL: (result.data.PUBLIC_URL ?? `http://localhost:${result.data.PORT}`).replace(/\/+$/, ''),
      // Outside production a fixed secret keeps links valid across restarts; production must set its own.
      TOKEN_SECRET: result.data.TOKEN_SECRET ?? 'werkbrug-development-only-token-secret-not-for-production',
      databasePath,
      database: result.data.DATABASE_URL
        ? { kind: 'postgres', url: result.data.DATABASE_URL }
        : { kind: 'sqlite', path: databasePath },
      instanceName: result.data.INSTANCE_NAME ?? `${hostname().split('.')[0]}-${process.pid}`.slice(0, 40),
      production: result.data.DEPLOYMENT === 'production',
    },
  };
}

/** For the entry points: the config, or one clear message listing every problem and exit code 1. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  const result = parseConfig(env);
  if (result.ok) return result.config;
  process.stderr.write(
    `Werkbrug cannot start: the configuration has ${result.problems.length} problem(s):\n` +
      result.problems.map((p) => `  - ${p}`).join('\n') +
      '\nSee .env.example for every setting.\n',
  );
  process.exit(1);
}
