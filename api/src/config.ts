import { z } from 'zod';
import { type AuthSettings, defaultAuthSettings as auth } from './modules/auth/auth-settings.js';
import type { PhotoStorageSettings } from './modules/photos/create-photo-store.js';

/**
 * Everything gridloop reads from the environment, validated once at start.
 * Documented in the README's configuration table; keep the two in step.
 */
const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is not set: point it at a PostgreSQL + PostGIS database, or use `npm start`.' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgresql://'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Loopback by default: exposing the API is an explicit operator decision. */
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The built web app (web/dist) to serve on the same port; unset serves the API only. */
  STATIC_DIR: z.string().optional(),
  MIGRATE_ON_START: z.stringbool().default(false),
  SEED_DEMO: z.stringbool().default(false),
  GRAPHIQL: z.stringbool().optional(),
  /** Seconds to let open requests finish on SIGTERM before closing them. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().positive().default(10),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  TILE_CACHE_MB: z.coerce.number().min(0).default(64),
  /** Sessions and sign-in throttling: see modules/auth/auth-settings.ts for what each means. */
  SESSION_TTL_HOURS: z.coerce.number().positive().default(auth.sessionTtlHours),
  SESSION_MAX_HOURS: z.coerce.number().positive().default(auth.sessionMaxHours),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(auth.maxFailuresPerAccount),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().positive().default(auth.maxFailuresPerIp),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().positive().default(auth.failureWindowMinutes),
  /** Where photos are stored (content-addressed) when no S3 bucket is configured. */
  PHOTO_DIR: z.string().min(1).default('.data/photos'),
  /** S3-compatible photo storage instead of PHOTO_DIR: all four of endpoint, bucket and keys, or none. */
  PHOTO_S3_ENDPOINT: z.url().optional(),
  PHOTO_S3_REGION: z.string().min(1).default('us-east-1'),
  PHOTO_S3_BUCKET: z.string().min(1).optional(),
  PHOTO_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  PHOTO_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /**
   * Redis for live updates across several API instances; in-process fan-out when unset. A Unix
   * socket is `unix:///path/to/redis.sock` (what `npm start` uses for its project-local Redis).
   */
  REDIS_URL: z
    .string()
    .regex(/^(rediss?|unix):\/\//, 'REDIS_URL must start with redis://, rediss:// or unix:// (a socket path)')
    .optional(),
  /** The deployment's time zone: work periods, case-code dates. */
  TIME_ZONE: z.string().min(1).default('Asia/Shanghai'),
  /**
   * A public Open311 API key for trying the API: at start, a client holding it is ensured, scoped to
   * the demo city. Defaults to a documented key in development only; never set it in production.
   */
  OPEN311_DEMO_API_KEY: z.string().min(16, 'OPEN311_DEMO_API_KEY must be at least 16 characters').optional(),
  /**
   * Background jobs (graphile-worker on the same database): `on` runs them in the API process,
   * `off` for API-only instances when `npm run worker` processes do the work instead.
   */
  JOB_WORKER: z.enum(['on', 'off']).default('on'),
  /** Jobs one process runs at once. */
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
  /** How often the escalation scan looks for steps that turned yellow or red. */
  ESCALATION_INTERVAL_SECONDS: z.coerce.number().int().min(1).default(15),
  /**
   * How often the event-log consumers run: the metrics rollups and the Open311 webhook queue. New
   * events reach the dashboards within about this long (the issue asks for 60 s).
   */
  EVENT_CONSUMER_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(60).default(5),
  /** POSTs new notifications here as signed JSON (see modules/notifications/webhook-channel.ts). */
  NOTIFY_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The HMAC-SHA256 key for NOTIFY_WEBHOOK_URL's signature header; required with the URL. */
  NOTIFY_WEBHOOK_SECRET: z.string().min(16, 'NOTIFY_WEBHOOK_SECRET must be at least 16 characters').optional(),
});

/** The demo key development gets without configuring one (documented in the README). */
export const developmentOpen311DemoApiKey = 'gridloop-demo-open311-key';

export type Config = z.infer<typeof configSchema> & {
  graphiql: boolean;
  /** OPEN311_DEMO_API_KEY, or the development default; undefined: no demo client. */
  open311DemoApiKey: string | undefined;
  auth: AuthSettings;
  photoStorage: PhotoStorageSettings;
  jobs: JobSettings;
};

/** The background-job settings main.ts and worker.ts start the runner with. */
export interface JobSettings {
  runInApi: boolean;
  concurrency: number;
  escalationIntervalSeconds: number;
  eventConsumerIntervalSeconds: number;
  webhook: { url: string; secret: string } | null;
}

export class ConfigError extends Error {}

/** Parses the environment; throws a ConfigError listing every problem, one per line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  const values = parsed.data;
  return {
    ...values,
    graphiql: values.GRAPHIQL ?? values.NODE_ENV === 'development',
    open311DemoApiKey:
      values.OPEN311_DEMO_API_KEY ?? (values.NODE_ENV === 'development' ? developmentOpen311DemoApiKey : undefined),
    auth: authSettingsOf(values),
    photoStorage: photoStorageOf(values),
    jobs: jobSettingsOf(values),
  };
}

function jobSettingsOf(values: z.infer<typeof configSchema>): JobSettings {
  const { NOTIFY_WEBHOOK_URL: url, NOTIFY_WEBHOOK_SECRET: secret } = values;
  if ((url === undefined) !== (secret === undefined)) {
    throw new ConfigError(
      'invalid configuration: NOTIFY_WEBHOOK_URL and NOTIFY_WEBHOOK_SECRET go together; set both or none',
    );
  }
  return {
    runInApi: values.JOB_WORKER === 'on',
    concurrency: values.JOB_CONCURRENCY,
    escalationIntervalSeconds: values.ESCALATION_INTERVAL_SECONDS,
    eventConsumerIntervalSeconds: values.EVENT_CONSUMER_INTERVAL_SECONDS,
    webhook: url && secret ? { url, secret } : null,
  };
}

function photoStorageOf(values: z.infer<typeof configSchema>): PhotoStorageSettings {
  const s3 = [
    values.PHOTO_S3_ENDPOINT,
    values.PHOTO_S3_BUCKET,
    values.PHOTO_S3_ACCESS_KEY_ID,
    values.PHOTO_S3_SECRET_ACCESS_KEY,
  ];
  const given = s3.filter((value) => value !== undefined).length;
  if (given === 0) return { kind: 'local-disk', rootDir: values.PHOTO_DIR };
  if (given < s3.length) {
    throw new ConfigError(
      'invalid configuration: PHOTO_S3_ENDPOINT, PHOTO_S3_BUCKET, PHOTO_S3_ACCESS_KEY_ID and PHOTO_S3_SECRET_ACCESS_KEY go together; set all four or none',
    );
  }
  return {
    kind: 's3',
    endpoint: values.PHOTO_S3_ENDPOINT as string,
    region: values.PHOTO_S3_REGION,
    bucket: values.PHOTO_S3_BUCKET as string,
    accessKeyId: values.PHOTO_S3_ACCESS_KEY_ID as string,
    secretAccessKey: values.PHOTO_S3_SECRET_ACCESS_KEY as string,
  };
}

function authSettingsOf(values: z.infer<typeof configSchema>): AuthSettings {
  return {
    sessionTtlHours: values.SESSION_TTL_HOURS,
    sessionMaxHours: values.SESSION_MAX_HOURS,
    maxFailuresPerAccount: values.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    maxFailuresPerIp: values.LOGIN_MAX_FAILURES_PER_IP,
    failureWindowMinutes: values.LOGIN_FAILURE_WINDOW_MINUTES,
  };
}
