import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The test package has no graphile-worker of its own: use the API's copy, the one the job runner runs.
import { Logger, runOnce } from '../../api/node_modules/graphile-worker/dist/index.js';
import { deliverOpen311Webhook } from '../../api/src/modules/open311/deliver-open311-webhook.js';
import {
  deliverOpen311WebhookTask,
  queueOpen311Webhooks,
} from '../../api/src/modules/open311/queue-open311-webhooks.js';
import { type CaseLoopApi, type DemoRole, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';
import { jpegWithLocation } from '../src/fixtures/sample-photos.js';
import { graphqlMultipart } from '../src/graphql-multipart.js';

// The 12345 bridge (docs/12345-bridge.md): a hotline system POSTs a work order through Open311 with
// its 工单编号 as external_id, and every status change of the case comes back to its webhook, signed,
// once, in order, retried by the job queue while the receiver fails.

type Json = Record<string, unknown>;

interface ReceivedCall {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  answered: number;
}

/** A webhook receiver on 127.0.0.1 that records every call and can be told to fail the next ones. */
class Receiver {
  calls: ReceivedCall[] = [];
  failNext = 0;
  private server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answered = this.failNext > 0 ? 503 : 204;
      if (this.failNext > 0) this.failNext -= 1;
      this.calls.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
      response.writeHead(answered, { 'content-type': 'text/plain' });
      response.end(answered === 503 ? 'receiver busy' : undefined);
    });
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/gridloop/status`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The payloads it accepted (2xx), in arrival order. */
  accepted(): Json[] {
    return this.calls.filter((call) => call.answered < 300).map((call) => JSON.parse(call.body) as Json);
  }
}

/** What a receiver does (the example in docs/12345-bridge.md): recompute the HMAC, compare in constant time. */
function hasValidSignature(call: ReceivedCall, secret: string): boolean {
  const timestamp = String(call.headers['x-gridloop-timestamp']);
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${call.body}`).digest('hex')}`;
  const given = String(call.headers['x-gridloop-signature']);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

const setWebhook = `mutation($id: Int!, $url: String, $rotate: Boolean) {
  setOpen311ClientWebhook(id: $id, url: $url, rotateSecret: $rotate, reason: "12345 bridge") {
    secret client { id webhookUrl } } }`;
const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { version status } }`;

let loop: CaseLoopApi;
let receiver: Receiver;
let receiverUrl: string;
let hotline: { id: number; apiKey: string; secret: string };
let app: { id: number; apiKey: string };
let point: { lng: number; lat: number };
let garbage: { serviceCode: string; conditionCode: string };

async function createClient(name: string): Promise<{ id: number; apiKey: string }> {
  const created = await loop.ok<{ createOpen311Client: { apiKey: string; client: { id: number } } }>(
    'admin',
    `mutation($name: String!) { createOpen311Client(name: $name, areaCode: "310101", rateLimitPerMinute: 100) {
      apiKey client { id } } }`,
    { name },
  );
  return { id: created.createOpen311Client.client.id, apiKey: created.createOpen311Client.apiKey };
}

/** POSTs a 12345 work order as the bridge does: its 工单编号 as external_id. */
async function postWorkOrder(apiKey: string, workOrderId: string, description: string, headers = {}) {
  const response = await fetch(`${loop.api.baseUrl}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers },
    body: new URLSearchParams({
      api_key: apiKey,
      service_code: garbage.serviceCode,
      'attribute[filing_condition]': garbage.conditionCode,
      lat: String(point.lat),
      long: String(point.lng),
      address_string: '黄浦区南京东路 100 号',
      description,
      first_name: '三',
      last_name: '张',
      phone: '13800000000',
      external_id: workOrderId,
    }).toString(),
  });
  return { status: response.status, body: JSON.parse(await response.text()) as Json[] };
}

/** A work order that must be taken: its service_request_id. */
async function postNewWorkOrder(apiKey: string, workOrderId: string, description: string): Promise<string> {
  const { status, body } = await postWorkOrder(apiKey, workOrderId, description);
  expect(status, JSON.stringify(body)).toBe(200);
  return body[0]?.service_request_id as string;
}

/** Moves a case along the loop as the demo staff, the clock ten minutes on per step. */
async function caseMover(code: string) {
  const caseId = String((await loop.api.prisma.case.findUniqueOrThrow({ where: { code } })).id);
  const verified = await graphqlMultipart<{ actOnCase: { version: number } }>(
    loop.api.baseUrl,
    act,
    { input: { caseId, version: 1, action: 'VERIFY', note: '现场属实', photos: [null] } },
    { 'variables.input.photos.0': await jpegWithLocation() },
    loop.tokens.officer,
  );
  let version = verified.body.data?.actOnCase.version as number;
  expect(version, JSON.stringify(verified.body.errors)).toBeGreaterThan(1);
  return async (role: DemoRole, action: string, note?: string) => {
    loop.clock.advance(10 * 60_000);
    const result = await loop.ok<{ actOnCase: { version: number } }>(role, act, {
      input: { caseId, version, action, note },
    });
    version = result.actOnCase.version;
  };
}

/**
 * Runs the consumer until it has read every event committed so far. It reads only below the oldest
 * transaction still running in the whole cluster (see consumeCaseEvents), and other suites share
 * this cluster, so one call may read nothing yet: the job runner calls it every few seconds.
 */
async function queueWebhooks(): Promise<void> {
  for (let tries = 0; tries < 1500; tries += 1) {
    await queueOpen311Webhooks(loop.api.prisma);
    const [position] = await loop.api.prisma.$queryRawUnsafe<{ isCaughtUp: boolean }[]>(
      `SELECT coalesce((SELECT watermark FROM event_consumer WHERE name = 'open311-webhooks')
                       > (SELECT max(xid) FROM case_event), false) AS "isCaughtUp"`,
    );
    if (position?.isCaughtUp) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the webhook consumer did not catch up within 150 s');
}

/** Tests that wait for the consumer: long write transactions of other suites hold it back. */
const consumerTestTimeout = 300_000;

/** Runs the queue until no job is due, as one worker would. */
async function runQueue(): Promise<void> {
  await runOnce({
    connectionString: loop.databaseUrl,
    taskList: { [deliverOpen311WebhookTask]: deliverOpen311Webhook },
    concurrency: 1,
    noHandleSignals: true,
    logger: new Logger(() => () => undefined),
  });
}

/** Test-only: makes every waiting retry due now instead of after its backoff. */
async function makeRetriesDue(): Promise<void> {
  await loop.api.prisma.$executeRawUnsafe('UPDATE graphile_worker._private_jobs SET run_at = now()');
}

function deliveriesOf(code: string) {
  return loop.api.prisma.webhookDelivery.findMany({ where: { case: { code } }, orderBy: { eventId: 'asc' } });
}

beforeAll(async () => {
  loop = await startCaseLoopApi();
  receiver = new Receiver();
  receiverUrl = await receiver.listen();
  point = await loop.pointIn('310101002', 3);
  const minor = await loop.api.prisma.category.findFirstOrThrow({
    where: { name: '暴露垃圾', level: 'MINOR' },
    include: { conditions: { where: { isActive: true }, orderBy: { code: 'asc' } } },
  });
  garbage = { serviceCode: `E${minor.code}`, conditionCode: minor.conditions[0]?.code as string };
  hotline = { ...(await createClient('12345 市民服务热线')), secret: '' };
  app = await createClient('随手拍 app');
  // graphile-worker installs its schema on its first run; the consumer's add_job needs it.
  await runQueue();
}, 120_000);
afterAll(async () => {
  await receiver?.close();
  await loop?.close();
});

describe('the webhook of an Open311 client (admin)', () => {
  it('issues a secret with the first url, keeps it on a url change, rotates it on request', async () => {
    const first = await loop.ok<{ setOpen311ClientWebhook: { secret: string | null; client: Json } }>(
      'admin',
      setWebhook,
      { id: hotline.id, url: 'https://bridge.example/old' },
    );
    expect(first.setOpen311ClientWebhook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const moved = await loop.ok<{ setOpen311ClientWebhook: { secret: string | null; client: Json } }>(
      'admin',
      setWebhook,
      { id: hotline.id, url: receiverUrl },
    );
    expect(moved.setOpen311ClientWebhook).toEqual({
      secret: null,
      client: { id: hotline.id, webhookUrl: receiverUrl },
    });
    const rotated = await loop.ok<{ setOpen311ClientWebhook: { secret: string } }>('admin', setWebhook, {
      id: hotline.id,
      rotate: true,
    });
    expect(rotated.setOpen311ClientWebhook.secret).not.toBe(first.setOpen311ClientWebhook.secret);
    hotline.secret = rotated.setOpen311ClientWebhook.secret;
    const row = await loop.api.prisma.open311Client.findUniqueOrThrow({ where: { id: hotline.id } });
    expect(row).toMatchObject({ webhookUrl: receiverUrl, webhookSecret: hotline.secret });
    const audits = await loop.api.prisma.auditEvent.findMany({ where: { action: 'SET_OPEN311_CLIENT_WEBHOOK' } });
    expect(audits).toHaveLength(3);
    expect(JSON.stringify(audits.map((audit) => audit.details))).not.toContain('whsec_');
  });

  it('refuses bad urls, other roles and unknown clients, changing nothing', async () => {
    for (const url of ['ftp://bridge.example/x', 'not a url', 'https://user:pass@bridge.example/x']) {
      expect((await loop.as('admin', setWebhook, { id: hotline.id, url })).code).toBe('BAD_REQUEST');
    }
    expect((await loop.as('operator', setWebhook, { id: hotline.id, url: null })).code).toBe('FORBIDDEN');
    expect((await loop.as('admin', setWebhook, { id: 999_999, url: receiverUrl })).code).toBe('NOT_FOUND');
    const row = await loop.api.prisma.open311Client.findUniqueOrThrow({ where: { id: hotline.id } });
    expect(row).toMatchObject({ webhookUrl: receiverUrl, webhookSecret: hotline.secret });
  });
});

describe('a 12345 work order round trip', { timeout: consumerTestTimeout }, () => {
  const workOrderId = 'GD-20300304-000123';
  let code: string;
  let next: Awaited<ReturnType<typeof caseMover>>;

  it('keeps the 工单编号 and the client on the case and gives it back with extensions', async () => {
    code = await postNewWorkOrder(hotline.apiKey, workOrderId, '路边成堆垃圾');
    const row = await loop.api.prisma.case.findUniqueOrThrow({ where: { code } });
    expect(row).toMatchObject({
      externalRef: workOrderId,
      open311ClientId: hotline.id,
      source: 'OPEN311',
      idempotencyKey: `${hotline.id}:${workOrderId}`,
    });
    // The same work order again, even under another Idempotency-Key, is the same request.
    expect(await postNewWorkOrder(hotline.apiKey, workOrderId, '路边成堆垃圾')).toBe(code);
    const resent = await postWorkOrder(hotline.apiKey, workOrderId, '路边成堆垃圾', { 'Idempotency-Key': 'resend-1' });
    expect(resent.body[0]?.service_request_id).toBe(code);
    const taken = await postWorkOrder(app.apiKey, workOrderId, '路边成堆垃圾');
    expect(taken).toEqual({
      status: 400,
      body: [{ code: 400, description: `external_id ${workOrderId} already names another client system's request.` }],
    });
    expect(await loop.api.prisma.case.count({ where: { source: 'OPEN311' } })).toBe(1);
    const get = async (query: string) =>
      ((await (await fetch(`${loop.api.baseUrl}/open311/v2/requests/${code}.json${query}`)).json()) as Json[])[0];
    expect((await get('?extensions=true'))?.external_id).toBe(workOrderId);
    expect(await get('')).not.toHaveProperty('external_id');
  });

  it('sends each status change once, in order, signed, with the work order id', async () => {
    next = await caseMover(code);
    await next('operator', 'ACCEPT');
    await next('operator', 'COMMENT', '已电话联系来电人');
    await next('shiftlead', 'FILE');
    await next('dispatcher', 'DISPATCH');
    await queueWebhooks();
    expect(await deliveriesOf(code)).toHaveLength(4);
    // Read the whole log again from the start (a lost position): the (client, event) key adds nothing.
    await loop.api.prisma.$executeRawUnsafe(
      `UPDATE event_consumer SET watermark = '0', last_event_id = 0 WHERE name = 'open311-webhooks'`,
    );
    await queueWebhooks();
    expect(await deliveriesOf(code)).toHaveLength(4);
    await runQueue();

    const dispatched = await loop.api.prisma.case.findUniqueOrThrow({ where: { code }, include: { department: true } });
    const payloads = receiver.accepted();
    expect(payloads.map((payload) => payload.detailed_status)).toEqual(['REPORTED', 'ACCEPTED', 'FILED', 'DISPATCHED']);
    expect(payloads.map((payload) => payload.action)).toEqual(['verify', 'accept', 'file', 'dispatch']);
    expect(payloads[3]).toEqual({
      event_id: expect.stringMatching(/^\d+$/),
      action: 'dispatch',
      service_request_id: code,
      external_id: workOrderId,
      status: 'open',
      detailed_status: 'DISPATCHED',
      status_notes: '已派遣 with the responsible department',
      agency_responsible: dispatched.department?.name,
      updated_datetime: dispatched.dispatchedAt?.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      expected_datetime: dispatched.stepDeadlineAt?.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    });
    expect(payloads[0]?.status_notes).toBe('已上报 reported：现场属实');
    for (const call of receiver.calls) {
      expect(hasValidSignature(call, hotline.secret)).toBe(true);
      expect(hasValidSignature(call, 'whsec_wrong')).toBe(false);
      expect(call.headers['content-type']).toBe('application/json; charset=utf-8');
    }
    const deliveries = await deliveriesOf(code);
    expect(deliveries.map((d) => [d.status, d.attempts, d.clientId])).toEqual(
      Array(4).fill(['DELIVERED', 1, hotline.id]),
    );
    expect(receiver.calls.map((call) => call.headers['x-gridloop-delivery'])).toEqual(
      deliveries.map((d) => String(d.id)),
    );

    await next('handler', 'HANDLE', '已清理干净');
    await next('officer', 'CHECK_PASS');
    await next('shiftlead', 'CLOSE');
    await queueWebhooks();
    await queueWebhooks();
    await runQueue();
    await runQueue();
    const all = receiver.accepted();
    expect(all.map((payload) => payload.detailed_status)).toEqual([
      'REPORTED',
      'ACCEPTED',
      'FILED',
      'DISPATCHED',
      'HANDLED',
      'CLOSED',
    ]);
    expect(all[4]).toMatchObject({
      status: 'open',
      status_notes: '已处置 handled, awaiting the on-site check：已清理干净',
    });
    expect(all[5]).toMatchObject({ status: 'closed', external_id: workOrderId, expected_datetime: null });
    expect(new Set(all.map((payload) => payload.event_id)).size).toBe(6);
    expect(all.map((payload) => Number(payload.event_id))).toEqual(
      [...all.map((payload) => Number(payload.event_id))].sort((a, b) => a - b),
    );
  });

  it('sends nothing for a client without a webhook', async () => {
    const appCode = await postNewWorkOrder(app.apiKey, 'app-1', '另一处垃圾');
    const move = await caseMover(appCode);
    await move('operator', 'ACCEPT');
    const before = receiver.calls.length;
    await queueWebhooks();
    await runQueue();
    expect(await loop.api.prisma.webhookDelivery.count({ where: { clientId: app.id } })).toBe(0);
    expect(receiver.calls.length).toBe(before);
    expect(await loop.api.prisma.case.findUniqueOrThrow({ where: { code: appCode } })).toMatchObject({
      open311ClientId: app.id,
      externalRef: 'app-1',
    });
  });
});

describe('retries', { timeout: consumerTestTimeout }, () => {
  it('retries a failing receiver and keeps the later changes of the request behind it', async () => {
    const code = await postNewWorkOrder(hotline.apiKey, 'GD-20300304-000456', '垃圾满溢');
    const next = await caseMover(code);
    await next('operator', 'ACCEPT');
    receiver.calls = [];
    receiver.failNext = 2;
    await queueWebhooks();
    await runQueue();
    let [verify, accept] = await deliveriesOf(code);
    expect(verify).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'HTTP 503: receiver busy' });
    expect(accept).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(receiver.calls).toHaveLength(1);

    await runQueue();
    expect(receiver.calls).toHaveLength(1); // the retry waits for its backoff
    await makeRetriesDue();
    await runQueue();
    [verify] = await deliveriesOf(code);
    expect(verify).toMatchObject({ status: 'PENDING', attempts: 2 });
    await makeRetriesDue();
    await runQueue();

    [verify, accept] = await deliveriesOf(code);
    expect(verify).toMatchObject({ status: 'DELIVERED', attempts: 3, lastError: null });
    expect(accept).toMatchObject({ status: 'DELIVERED', attempts: 1 });
    expect(receiver.calls.map((call) => call.answered)).toEqual([503, 503, 204, 204]);
    expect(receiver.accepted().map((payload) => payload.detailed_status)).toEqual(['REPORTED', 'ACCEPTED']);
    const eventIds = receiver.calls.map((call) => call.headers['x-gridloop-event']);
    expect(eventIds.slice(0, 3)).toEqual(Array(3).fill(String(verify?.eventId)));
    for (const call of receiver.calls) expect(hasValidSignature(call, hotline.secret)).toBe(true);
  });

  it('marks a delivery FAILED after its last attempt and goes on with the next change', async () => {
    const code = await postNewWorkOrder(hotline.apiKey, 'GD-20300304-000789', '垃圾未清');
    const next = await caseMover(code);
    receiver.calls = [];
    receiver.failNext = 2;
    await queueWebhooks();
    await runQueue();
    await next('operator', 'ACCEPT');
    await queueWebhooks();
    // Test-only: the verify delivery's job gets its last attempt now instead of after ten more.
    await loop.api.prisma.$executeRawUnsafe(
      'UPDATE graphile_worker._private_jobs SET run_at = now(), max_attempts = attempts + 1 WHERE attempts > 0',
    );
    await runQueue();
    const [verify, accept] = await deliveriesOf(code);
    expect(verify).toMatchObject({ status: 'FAILED', attempts: 2, lastError: 'HTTP 503: receiver busy' });
    expect(accept).toMatchObject({ status: 'DELIVERED', attempts: 1 });
    expect(receiver.accepted().map((payload) => payload.detailed_status)).toEqual(['ACCEPTED']);
    expect(await loop.api.prisma.$queryRawUnsafe('SELECT id FROM graphile_worker._private_jobs')).toEqual([]);
  });

  it('stops sending once the webhook is turned off', async () => {
    const code = await postNewWorkOrder(hotline.apiKey, 'GD-20300304-000999', '垃圾散落');
    await loop.ok('admin', setWebhook, { id: hotline.id, url: null });
    await caseMover(code);
    receiver.calls = [];
    await queueWebhooks();
    await runQueue();
    expect(await deliveriesOf(code)).toEqual([]);
    expect(receiver.calls).toEqual([]);
    const row = await loop.api.prisma.open311Client.findUniqueOrThrow({ where: { id: hotline.id } });
    expect(row).toMatchObject({ webhookUrl: null, webhookSecret: null });
  });
});
