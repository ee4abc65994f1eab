import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const url = 'postgresql://root@localhost/gridloop?host=/var/run/postgresql';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ DATABASE_URL: url });
    expect(config).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', NODE_ENV: 'development', LOG_LEVEL: 'info' });
    expect(config.graphiql).toBe(true);
    expect(config.MIGRATE_ON_START).toBe(false);
  });

  it('turns GraphiQL off in production unless asked for', () => {
    expect(loadConfig({ DATABASE_URL: url, NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
  });

  it('lists every problem in one message', () => {
    const attempt = () => loadConfig({ PORT: '70000', SEED_DEMO: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/DATABASE_URL is not set.*PORT.*SEED_DEMO/);
  });

  it('rejects a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x/y' })).toThrow(/must start with postgresql/);
  });

  it('takes a Redis URL over TCP, TLS or a Unix socket, and refuses anything else', () => {
    for (const redis of ['redis://localhost:6379/0', 'rediss://cache.example:6380', 'unix:///srv/redis/redis.sock']) {
      expect(loadConfig({ DATABASE_URL: url, REDIS_URL: redis }).REDIS_URL).toBe(redis);
    }
    expect(() => loadConfig({ DATABASE_URL: url, REDIS_URL: '/srv/redis/redis.sock' })).toThrow(
      /REDIS_URL must start with/,
    );
  });

  it('stores photos on disk unless all four S3 settings are given', () => {
    const base = { DATABASE_URL: 'postgresql://localhost/gridloop' };
    expect(loadConfig(base).photoStorage).toEqual({ kind: 'local-disk', rootDir: '.data/photos' });
    const s3 = {
      ...base,
      PHOTO_S3_ENDPOINT: 'http://127.0.0.1:9000',
      PHOTO_S3_BUCKET: 'photos',
      PHOTO_S3_ACCESS_KEY_ID: 'key',
      PHOTO_S3_SECRET_ACCESS_KEY: 'secret',
    };
    expect(loadConfig(s3).photoStorage).toMatchObject({ kind: 's3', bucket: 'photos', region: 'us-east-1' });
    expect(() => loadConfig({ ...base, PHOTO_S3_BUCKET: 'photos' })).toThrow(/set all four or none/);
  });
});
