import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRunnerOptions } from '../../api/src/modules/jobs/job-runner.js';
import { runDueJobsOnce, startJobRunner } from '../../api/src/modules/jobs/job-runner.js';
import { escalateSteps } from '../../api/src/modules/notifications/escalate-steps.js';
import type { OutboundChannel } from '../../api/src/modules/notifications/outbound-channel.js';
import { createWebhookChannel, webhookSignature } from '../../api/src/modules/notifications/webhook-channel.js';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';
import { jpegWithLocation } from '../src/fixtures/sample-photos.js';
import { graphqlMultipart } from '../src/graphql-multipart.js';

const report = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId created } }`;
const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { version status } }`;
const webhookSecret = 'escalation-test-secret-0123456789';

let loop: CaseLoopApi;
let sql: pg.Pool;
let webhook: RecordingReceiver;

beforeAll(async () => {
  loop = await startCaseLoopApi();
  sql = new pg.Pool({ connectionString: loop.databaseUrl, max: 4 });
  webhook = await startRecordingReceiver();
}, 120_000);
afterAll(async () => {
  await webhook?.close();
  await sql?.end();
  await loop?.close();
});

/** A receiver on 127.0.0.1 that records each POST and answers 500 to the first `failNext` of them. */
interface RecordingReceiver {
  url: string;
  received: { headers: IncomingHttpHeaders; body: string; answered: number }[];
  failNext: number;
  close(): Promise<void>;
}

async function startRecordingReceiver(): Promise<RecordingReceiver> {
  const receiver = { received: [], failNext: 0 } as unknown as RecordingReceiver;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answered = receiver.failNext > 0 ? 500 : 204;
      if (receiver.failNext > 0) receiver.failNext -= 1;
      receiver.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answered });
      response.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/gridloop`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}

function runnerOptions(outboundChannels: OutboundChannel[] = []): JobRunnerOptions {
  return {
    databaseUrl: loop.databaseUrl,
    concurrency: 2,
    escalationIntervalSeconds: 15,
    eventConsumerIntervalSeconds: 5,
    pollIntervalMs: 200,
    clock: loop.clock,
    logger: pino({ level: 'silent' }),
    outboundChannels,
    prisma: loop.api.prisma,
    timeZone: 'Asia/Shanghai',
  };
}

/** Makes the pending escalation run due now (as if its 15 s had passed), keeping it the only one. */
async function makeScanDue() {
  await sql.query(
    `SELECT graphile_worker.add_job('escalate-steps', '{}', max_attempts := 1, job_key := 'escalate-steps', job_key_mode := 'replace')`,
  );
}

/** Reports a garbage case with a photo and takes it to DISPATCHED (the handle step runs). */
async function dispatchedCase(key: string): Promise<{ id: number; code: string; warnAt: Date; deadlineAt: Date }> {
  const point = await loop.pointIn('310101002', 3);
  const condition = await loop.conditionOf('暴露垃圾');
  const input = {
    lng: point.lng,
    lat: point.lat,
    filingConditionId: condition.id,
    description: '垃圾',
    idempotencyKey: key,
    photos: [null],
  };
  const reported = await graphqlMultipart<{ reportCase: { caseId: string } }>(
    loop.api.baseUrl,
    report,
    { input },
    { 'variables.input.photos.0': await jpegWithLocation() },
    loop.tokens.officer,
  );
  const caseId = reported.body.data?.reportCase.caseId as string;
  let version = 1;
  for (const [role, action] of [
    ['operator', 'ACCEPT'],
    ['shiftlead', 'FILE'],
    ['dispatcher', 'DISPATCH'],
  ] as const) {
    const done = await loop.ok<{ actOnCase: { version: number } }>(role, act, { input: { caseId, version, action } });
    version = done.actOnCase.version;
  }
  const row = await loop.api.prisma.case.findUniqueOrThrow({ where: { id: Number(caseId) } });
  expect(row.step).toBe('HANDLE');
  return { id: row.id, code: row.code, warnAt: row.stepWarnAt as Date, deadlineAt: row.stepDeadlineAt as Date };
}

function moveClockTo(instant: Date) {
  loop.clock.advance(instant.getTime() - loop.clock.now().getTime());
}

async function alertsOf(caseId: number) {
  const alerts = await loop.api.prisma.stepAlert.findMany({
    where: { caseId },
    include: { notifications: { include: { user: { select: { username: true } } } } },
    orderBy: { id: 'asc' },
  });
  return alerts.map((alert) => ({
    light: alert.light,
    step: alert.step,
    recipients: alert.notifications.map((n) => n.user.username).sort(),
    kinds: [...new Set(alert.notifications.map((n) => n.kind))],
  }));
}

async function pendingScans(): Promise<number> {
  const { rows } = await sql.query(
    `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'escalate-steps' AND key = 'escalate-steps'`,
  );
  return rows[0].n;
}

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('step escalation through graphile-worker', () => {
  let first: Awaited<ReturnType<typeof dispatchedCase>>;

  it('raises nothing while the step is green, and keeps one pending scan', async () => {
    first = await dispatchedCase('escalate-1');
    moveClockTo(new Date(first.warnAt.getTime() - 60_000));
    await runDueJobsOnce(runnerOptions());
    expect(await alertsOf(first.id)).toEqual([]);
    expect(await pendingScans()).toBe(1);
  });

  it('turns yellow at 80 % of the limit: one alert, the department’s handler notified', async () => {
    moveClockTo(first.warnAt);
    await makeScanDue();
    await runDueJobsOnce(runnerOptions());
    expect(await alertsOf(first.id)).toEqual([
      { light: 'YELLOW', step: 'HANDLE', recipients: ['handler'], kinds: ['STEP_YELLOW'] },
    ]);
    const [notification] = await loop.api.prisma.notification.findMany({ where: { caseId: first.id } });
    expect(notification?.titleZh).toBe(`案卷 ${first.code} 处置即将超时（已用时限 80%）`);
    expect(notification?.titleEn).toBe(`Case ${first.code}: handling has used 80% of its time limit`);
    expect(notification?.createdAt).toEqual(first.warnAt);
  });

  it('turns red once when two scans race: handler, dispatcher and leader notified exactly once', async () => {
    moveClockTo(new Date(first.deadlineAt.getTime() + 60_000));
    const [a, b] = await Promise.all([sql.connect(), sql.connect()]);
    try {
      const results = await Promise.all([
        escalateSteps(a, loop.clock.now(), []),
        escalateSteps(b, loop.clock.now(), []),
      ]);
      expect(results.map((result) => result.alerts).sort()).toEqual([0, 1]);
    } finally {
      a.release();
      b.release();
    }
    await makeScanDue();
    await Promise.all([runDueJobsOnce(runnerOptions()), runDueJobsOnce(runnerOptions())]);
    expect(await alertsOf(first.id)).toEqual([
      { light: 'YELLOW', step: 'HANDLE', recipients: ['handler'], kinds: ['STEP_YELLOW'] },
      { light: 'RED', step: 'HANDLE', recipients: ['dispatcher', 'handler', 'leader'], kinds: ['STEP_RED'] },
    ]);
    expect(await pendingScans()).toBe(1);
  });

  it('delivers new notifications to a signed webhook, retrying a failing receiver, and survives restarts of several workers', async () => {
    const second = await dispatchedCase('escalate-2');
    const channel = createWebhookChannel({ url: webhook.url, secret: webhookSecret, clock: loop.clock });
    webhook.failNext = 1;
    moveClockTo(second.warnAt);
    let runner = await startJobRunner(runnerOptions([channel]));
    await makeScanDue();
    await eventually(() => webhook.received.some((delivery) => delivery.answered === 204));
    await runner.stop();

    expect(webhook.received.map((delivery) => delivery.answered)).toEqual([500, 204]);
    const [failed, delivered] = webhook.received;
    expect(delivered?.body).toBe(failed?.body);
    const timestamp = delivered?.headers['x-gridloop-timestamp'] as string;
    expect(Number(timestamp)).toBe(Math.floor(loop.clock.now().getTime() / 1000));
    expect(delivered?.headers['x-gridloop-signature']).toBe(
      webhookSignature(webhookSecret, timestamp, delivered?.body as string),
    );
    expect(delivered?.headers['x-gridloop-signature']).not.toBe(
      webhookSignature('another-secret-000000', timestamp, delivered?.body as string),
    );
    const payload = JSON.parse(delivered?.body as string);
    expect(payload.notifications).toEqual([
      expect.objectContaining({
        username: 'handler',
        kind: 'STEP_YELLOW',
        caseId: second.id,
        caseCode: second.code,
        step: 'HANDLE',
        light: 'YELLOW',
        titleZh: `案卷 ${second.code} 处置即将超时（已用时限 80%）`,
      }),
    ]);

    // Restart as two workers at once: the scan runs again, nothing is raised or sent twice.
    const alertsBefore = await loop.api.prisma.stepAlert.count();
    const notificationsBefore = await loop.api.prisma.notification.count();
    runner = await startJobRunner(runnerOptions([channel]));
    const other = await startJobRunner(runnerOptions([channel]));
    await makeScanDue();
    await eventually(async () => {
      const { rows } = await sql.query(
        `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = 'escalate-steps' AND run_at > now() + interval '5 seconds'`,
      );
      return rows[0].n === 1;
    });
    await Promise.all([runner.stop(), other.stop()]);
    expect(await loop.api.prisma.stepAlert.count()).toBe(alertsBefore);
    expect(await loop.api.prisma.notification.count()).toBe(notificationsBefore);
    expect(webhook.received).toHaveLength(2);
    expect(await pendingScans()).toBe(1);
    const { rows: leftover } = await sql.query(
      `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'notify-outbound'`,
    );
    expect(leftover[0].n).toBe(0);
  }, 60_000);
});
