import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { graphqlRequest } from '../src/graphql-request.js';
import { type InProcessApi, startInProcessApi } from '../src/server/in-process-api.js';

describe('health and readiness', () => {
  let api: InProcessApi;
  beforeAll(async () => {
    api = await startInProcessApi(inject('databaseUrl'));
  });
  afterAll(() => api.close());

  it('/healthz answers while the process lives', async () => {
    const response = await fetch(`${api.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is ready on a migrated database with PostGIS', async () => {
    const response = await fetch(`${api.baseUrl}/readyz`);
    const body = (await response.json()) as { status: string; checks: { postgis: string } };
    expect(response.status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.checks.postgis).toMatch(/^3\./);
  });
});

describe('readiness on a database that is not ready', () => {
  let empty: TestDatabase;
  let api: InProcessApi;
  beforeAll(async () => {
    empty = await createTestDatabase({ migrate: false });
    api = await startInProcessApi(empty.url);
  });
  afterAll(async () => {
    await api.close();
    await empty.drop();
  });

  it('/readyz says 503 and names the missing migrations and PostGIS', async () => {
    const response = await fetch(`${api.baseUrl}/readyz`);
    const body = (await response.json()) as { problems: string[] };
    expect(response.status).toBe(503);
    expect(body.problems.join(' ')).toContain('PostGIS');
    expect(body.problems.join(' ')).toContain('20261125000000_foundation');
  });
});

describe('readiness when the database is unreachable', () => {
  let api: InProcessApi;
  beforeAll(async () => {
    api = await startInProcessApi('postgresql://nobody@127.0.0.1:1/none?connect_timeout=2');
  });
  afterAll(() => api.close());

  it('/readyz says 503 database unreachable, /healthz still 200', async () => {
    const ready = await fetch(`${api.baseUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: { database: string } }).checks.database).toBe('unreachable');
    expect((await fetch(`${api.baseUrl}/healthz`)).status).toBe(200);
  });

  it('masks the driver error behind INTERNAL_SERVER_ERROR in GraphQL', async () => {
    const { body } = await graphqlRequest(api.baseUrl, '{ city { code } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(body.errors?.[0]?.message).toBe('Unexpected error.');
  });
});
