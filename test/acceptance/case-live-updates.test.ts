import { randomUUID } from 'node:crypto';
import { type CaseChangeFeed, createCaseChangeFeed, hashPassword } from '@gridloop/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlAs } from '../src/fixtures/auth-test-api.js';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';
import { type InProcessApi, startInProcessApi } from '../src/server/in-process-api.js';

const caseChanged = 'subscription { caseChanged { caseId code status version action } }';
const report = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId } }`;
const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { version } }`;

interface CaseChange {
  caseId: string;
  code: string;
  status: string;
  version: number;
  action: string;
}
type SseResult = { data?: { caseChanged: CaseChange } | null; errors?: { extensions?: { code?: string } }[] };

type CaseChangeMessage = Parameters<CaseChangeFeed['publish']>[0];

/** A feed that tells when the API's next subscription starts listening, so a test acts only after. */
interface ObservedFeed extends CaseChangeFeed {
  /** Call before opening the stream: resolves once the subscription it opens listens. */
  nextSubscription(): Promise<void>;
}

function observe(feed: CaseChangeFeed): ObservedFeed {
  const waiting: (() => void)[] = [];
  return {
    publish: (message) => feed.publish(message),
    close: () => feed.close(),
    nextSubscription: () => new Promise((resolve) => waiting.push(resolve)),
    subscribe: () => {
      const source = feed.subscribe()[Symbol.asyncIterator]();
      let started = false;
      const iterator: AsyncIterableIterator<CaseChangeMessage> = {
        // The first pull attaches the listener: in-process at once; through Redis it sends SUBSCRIBE,
        // which reaches Redis long before the PUBLISH of a mutation the test sends afterwards.
        next: () => {
          const result = source.next();
          if (!started) waiting.shift()?.();
          started = true;
          return result;
        },
        return: async () => (await source.return?.()) ?? { done: true, value: undefined },
        [Symbol.asyncIterator]: () => iterator,
      };
      return iterator;
    },
  };
}

/** `caseChanged` over real HTTP as an SSE stream (POST /graphql, Accept: text/event-stream). */
async function subscribe(baseUrl: string, token?: string) {
  const aborter = new AbortController();
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: caseChanged }),
    signal: aborter.signal,
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  /** The next `event: next` payload; pings (`:` comments) are skipped, completion is an error. */
  const next = async (): Promise<SseResult> => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end < 0) {
        const chunk = await reader.read();
        if (chunk.done) throw new Error('the event stream ended');
        buffer += decoder.decode(chunk.value, { stream: true });
        continue;
      }
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      if (lines.includes('event: complete')) throw new Error('the subscription completed');
      if (!lines.includes('event: next')) continue;
      const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim());
      return JSON.parse(data.join('\n')) as SseResult;
    }
  };
  const close = async () => {
    await reader.cancel().catch(() => undefined);
    aborter.abort();
  };
  return { status: response.status, type: response.headers.get('content-type'), next, close };
}

let loop: CaseLoopApi;
const localFeed = observe(createCaseChangeFeed());
const streams: { close(): Promise<void> }[] = [];
/** Remembers a stream so the suite closes it at the end, whatever failed. */
function opened<T extends { close(): Promise<void> }>(stream: T): T {
  streams.push(stream);
  return stream;
}

beforeAll(async () => {
  loop = await startCaseLoopApi({ caseFeed: localFeed });
}, 120_000);
afterAll(async () => {
  await Promise.all(streams.map((stream) => stream.close()));
  await loop?.close();
  await localFeed.close();
});

/** An operator's hotline registration at a point of the street; returns the case id. */
async function register(streetCode: string, nth: number): Promise<string> {
  const point = await loop.pointIn(streetCode, nth);
  const condition = await loop.conditionOf('施工扰民');
  const input = {
    source: 'HOTLINE',
    lng: point.lng,
    lat: point.lat,
    filingConditionId: condition.id,
    description: '夜间施工噪声',
  };
  const registered = await loop.as<{ reportCase: { caseId: string } }>('operator', report, { input });
  if (!registered.data) throw new Error(`registration failed: ${registered.code} ${registered.message}`);
  return registered.data.reportCase.caseId;
}

/** A case in 南京东路街道 waiting to be accepted (registered, then verified by its officer): version 2. */
async function caseToAccept(nth: number): Promise<string> {
  const caseId = await register('310101002', nth);
  const verified = await loop.as('officer', act, { input: { caseId, version: 1, action: 'VERIFY' } });
  expect(verified.code).toBeUndefined();
  return caseId;
}

/** A dispatcher scoped to 外滩街道 (310101013) only, signed in. */
async function outsiderToken(): Promise<string> {
  const street = await loop.api.prisma.area.findUniqueOrThrow({ where: { code: '310101013' } });
  const password = 'outsider-password-1';
  const user = {
    username: 'live-outsider',
    displayName: 'live-outsider',
    roles: ['DISPATCHER' as const],
    areaId: street.id,
  };
  await loop.api.prisma.user.create({ data: { ...user, passwordHash: await hashPassword(password) } });
  const signedIn = await graphqlAs<{ signIn: { token: string } }>(
    loop.api.baseUrl,
    'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    { u: user.username, p: password },
  );
  return signedIn.body.data?.signIn.token as string;
}

describe('live case updates over SSE', () => {
  it('tells a signed-in dispatcher when an operator accepts a case in their district', async () => {
    const caseId = await caseToAccept(0);
    const listening = localFeed.nextSubscription();
    const stream = await opened(await subscribe(loop.api.baseUrl, loop.tokens.dispatcher));
    expect(stream.status).toBe(200);
    expect(stream.type).toMatch(/^text\/event-stream/);
    await listening;
    const accepted = await loop.as('operator', act, { input: { caseId, version: 2, action: 'ACCEPT' } });
    expect(accepted.code).toBeUndefined();
    const event = await stream.next();
    expect(event.errors).toBeUndefined();
    expect(event.data?.caseChanged).toMatchObject({ caseId, status: 'ACCEPTED', version: 3, action: 'ACCEPT' });
    expect(event.data?.caseChanged.code).toMatch(/^310101\d+$/);
  });

  it('does not tell a viewer scoped to another street; they hear their own street’s next case first', async () => {
    const caseId = await caseToAccept(1);
    const token = await outsiderToken();
    const listening = localFeed.nextSubscription();
    const stream = await opened(await subscribe(loop.api.baseUrl, token));
    await listening;
    expect((await loop.as('operator', act, { input: { caseId, version: 2, action: 'ACCEPT' } })).code).toBeUndefined();
    const marker = await register('310101013', 0);
    const event = await stream.next();
    expect(event.data?.caseChanged).toMatchObject({ caseId: marker, action: 'RECEIVE', status: 'PENDING_VERIFY' });
  });

  it('tells a handler when a case leaves their department (return approved), so it drops out of their queue', async () => {
    const caseId = await caseToAccept(2);
    const handler = await loop.api.prisma.user.findUniqueOrThrow({ where: { username: 'handler' } });
    let version = 2;
    const steps: [Parameters<CaseLoopApi['as']>[0], string, Record<string, unknown>][] = [
      ['operator', 'ACCEPT', {}],
      ['shiftlead', 'FILE', {}],
      ['dispatcher', 'DISPATCH', { departmentId: handler.departmentId, note: '派至环卫' }],
      ['handler', 'REQUEST_RETURN', { note: '非本部门职责' }],
    ];
    for (const [role, action, extra] of steps) {
      const done = await loop.as<{ actOnCase: { version: number } }>(role, act, {
        input: { caseId, version, action, ...extra },
      });
      expect(done.code, `${role} ${action}: ${done.message}`).toBeUndefined();
      version = done.data?.actOnCase.version as number;
    }
    const listening = localFeed.nextSubscription();
    const stream = await opened(await subscribe(loop.api.baseUrl, loop.tokens.handler));
    await listening;
    const approved = await loop.as('dispatcher', act, { input: { caseId, version, action: 'APPROVE_RETURN' } });
    expect(approved.code).toBeUndefined();
    const event = await stream.next();
    expect(event.data?.caseChanged).toMatchObject({ caseId, action: 'APPROVE_RETURN', status: 'FILED' });
  });

  it('refuses an anonymous subscription with UNAUTHENTICATED', async () => {
    const stream = await opened(await subscribe(loop.api.baseUrl));
    const event = await stream.next();
    expect(event.data ?? null).toBeNull();
    expect(event.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

/** Two more API instances on the suite's database, each with its own feed on one Redis channel. */
async function startInstancesSharingRedis(redisUrl: string) {
  // Pub/sub ignores the database number: a channel of its own keeps other runs' changes out.
  const channel = `caseChanged:test-${randomUUID()}`;
  const feeds = [0, 1].map(() => observe(createCaseChangeFeed({ redisUrl, channel })));
  const instances: InProcessApi[] = [];
  for (const caseFeed of feeds)
    instances.push(await startInProcessApi(loop.databaseUrl, { clock: loop.clock, caseFeed }));
  const close = async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await Promise.all(feeds.map((feed) => feed.close()));
  };
  return { a: instances[0] as InProcessApi, b: instances[1] as InProcessApi, feedOfB: feeds[1] as ObservedFeed, close };
}

describe('live case updates across API instances (Redis pub/sub)', () => {
  it('tells a subscriber on instance B about a change made through instance A', async () => {
    const redisUrl = process.env.REDIS_URL;
    if (!redisUrl) {
      throw new Error(
        'REDIS_URL is not set: this test needs a Redis. `npm test` starts a project-local one; by hand, ' +
          'set REDIS_URL (e.g. unix:///<repo>/.data/redis/redis.sock after `npm test` or `npm start`).',
      );
    }
    const { a, b, feedOfB, close } = await startInstancesSharingRedis(redisUrl);
    try {
      const caseId = await caseToAccept(2);
      const listening = feedOfB.nextSubscription();
      const stream = await opened(await subscribe(b.baseUrl, loop.tokens.dispatcher));
      await listening;
      const input = { caseId, version: 2, action: 'ACCEPT' };
      const accepted = await graphqlAs(a.baseUrl, act, { input }, { bearer: loop.tokens.operator });
      expect(accepted.body.errors).toBeUndefined();
      const event = await stream.next();
      expect(event.data?.caseChanged).toMatchObject({ caseId, status: 'ACCEPTED', version: 3, action: 'ACCEPT' });
    } finally {
      await close();
    }
  });
});
