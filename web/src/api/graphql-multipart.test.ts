import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError } from './graphql-client';
import { buildMultipartBody, graphqlMultipartRequest } from './graphql-multipart';

const mutation = 'mutation($input: CaseActionInput!) { actOnCase(input: $input) { version } }';

function photo(name: string, text: string): File {
  return new File([text], name, { type: 'image/jpeg' });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('buildMultipartBody', () => {
  it('puts operations, then the map, then each file under its index', async () => {
    const variables = { input: { caseId: '7', version: 3, action: 'HANDLE', photos: [null, null] } };
    const form = buildMultipartBody(mutation, variables, [
      { path: 'variables.input.photos.0', file: photo('a.jpg', 'first') },
      { path: 'variables.input.photos.1', file: photo('b.jpg', 'second') },
    ]);
    expect([...form.keys()]).toEqual(['operations', 'map', '0', '1']);
    expect(JSON.parse(String(form.get('operations')))).toEqual({ query: mutation, variables });
    expect(JSON.parse(String(form.get('map')))).toEqual({
      0: ['variables.input.photos.0'],
      1: ['variables.input.photos.1'],
    });
    const second = form.get('1') as File;
    expect(second.name).toBe('b.jpg');
    expect(await second.text()).toBe('second');
  });
});

describe('graphqlMultipartRequest', () => {
  it('sends the CSRF header and lets the browser choose the content type', async () => {
    const fetchSpy = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify({ data: { actOnCase: { version: 4 } } }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchSpy);
    const data = await graphqlMultipartRequest<{ actOnCase: { version: number } }>(mutation, {}, []);
    expect(data.actOnCase.version).toBe(4);
    const headers = (fetchSpy.mock.calls[0]?.[1]?.headers ?? {}) as Record<string, string>;
    expect(headers['x-graphql-yoga-csrf']).toBe('1');
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('content-type');
    expect(fetchSpy.mock.calls[0]?.[1]?.body).toBeInstanceOf(FormData);
  });

  it('rejects with the code and details of the first error', async () => {
    const error = { message: 'stale', extensions: { code: 'STALE_VERSION', details: { currentVersion: 5 } } };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ errors: [error] }), { status: 409 }));
    const caught = await graphqlMultipartRequest(mutation, {}, []).catch((reason: unknown) => reason);
    expect(caught).toBeInstanceOf(GraphQLRequestError);
    expect(caught).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 5 }, status: 409 });
  });
});
