import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHuangpuApi } from '../src/fixtures/huangpu-api.js';
import type { InProcessApi } from '../src/server/in-process-api.js';

/** A POST to /graphql with the given body text and Accept header; the status and parsed answer. */
async function post(baseUrl: string, body: string, accept = 'application/json') {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body,
  });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

/**
 * /graphql runs plain JSON operations itself (graphql-endpoint.ts) and hands everything else to
 * yoga; a client must not be able to tell which did.
 */
describe('GraphQL over JSON: the fast lane and yoga answer alike', () => {
  let api: InProcessApi;
  beforeAll(async () => {
    // the districts are enough to answer with data
    api = await startHuangpuApi();
  });
  afterAll(() => api.close());

  const districts = JSON.stringify({ query: '{ areas(level: DISTRICT) { code name } }' });

  it('answers the same data whether the fast lane (application/json) or yoga (graphql-response+json) runs it', async () => {
    const fast = await post(api.baseUrl, districts);
    const viaYoga = await post(api.baseUrl, districts, 'application/graphql-response+json');
    expect(fast.status).toBe(200);
    expect(fast.type).toBe('application/json; charset=utf-8');
    expect(viaYoga.type).toBe('application/graphql-response+json; charset=utf-8');
    expect(fast.body.data.areas).toHaveLength(16);
    expect(fast.body).toEqual(viaYoga.body);
  });

  it('masks a domain error alike in both, keeping its code and the field', async () => {
    const malformed = JSON.stringify({ query: '{ areaFeatures(level: DISTRICT, parentCode: "31x") }' });
    const fast = await post(api.baseUrl, malformed);
    const viaYoga = await post(api.baseUrl, malformed, 'application/graphql-response+json');
    expect(fast.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(fast.body).toEqual(viaYoga.body);
  });

  it('lets yoga word a body that is not JSON (400), read from the buffered body', async () => {
    const { status, body } = await post(api.baseUrl, '{"query": "{ __typename }"');
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/JSON/);
  });

  it('lets yoga word variables that do not fit their types, before any resolver runs', async () => {
    const body = JSON.stringify({ query: 'query($code: String!) { area(code: $code) { code } }', variables: {} });
    const answer = await post(api.baseUrl, body);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors[0].message).toMatch(/\$code/);
  });

  it('lets yoga word a validation error, with its code', async () => {
    const { body } = await post(api.baseUrl, JSON.stringify({ query: '{ noSuchField }' }));
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
