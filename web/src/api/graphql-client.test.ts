import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError, graphqlRequest } from './graphql-client';

/** Answers every fetch with `response` and records the requests. */
function answerWith(response: () => Response) {
  const fetchSpy = vi.fn(async (_url: string, _init: RequestInit) => response());
  vi.stubGlobal('fetch', fetchSpy);
  return fetchSpy;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('graphqlRequest', () => {
  it('posts the query and variables as JSON to /graphql and returns data', async () => {
    const fetchSpy = answerWith(() => json({ data: { city: { code: '310100', name: '上海市' } } }));
    const data = await graphqlRequest<{ city: { code: string } }>('query ($x: String) { city { code } }', { x: 'y' });
    expect(data.city.code).toBe('310100');
    const [url, init] = fetchSpy.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({
      query: 'query ($x: String) { city { code } }',
      variables: { x: 'y' },
    });
  });

  it("rejects with the server's error code", async () => {
    answerWith(() => json({ data: null, errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] }));
    const error = await graphqlRequest('{ city { code } }').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ message: 'Not allowed', code: 'FORBIDDEN', status: 200 });
  });

  it('rejects without a code when the answer is not GraphQL', async () => {
    answerWith(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await graphqlRequest('{ city { code } }').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: undefined, status: 502 });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('fetch failed');
    });
    const error = await graphqlRequest('{ city { code } }').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: undefined, status: 0 });
  });
});
