import { caseTransitions } from '@gridloop/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';
import { forgedPhoto, jpegWithLocation } from '../src/fixtures/sample-photos.js';
import { graphqlMultipart, type UploadFile } from '../src/graphql-multipart.js';

const report = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId created } }`;
const act = `mutation($input: CaseActionInput!) {
  actOnCase(input: $input) { id status version reworkCount checkPassed light stepDeadlineAt department { code } } }`;
const detail = `query($id: ID!) { case(id: $id) {
  id code status version gridCode street { code } district { code } suggestedDepartment { id code }
  events { action fromStatus toStatus actorRole note metDeadline photos { id thumbnailUrl originalUrl hasLocation } }
  photos { id url } availableActions } }`;

interface CaseActResult {
  actOnCase: {
    id: string;
    status: string;
    version: number;
    reworkCount: number;
    checkPassed: boolean;
    light: string | null;
  };
}

let loop: CaseLoopApi;
let garbage: { id: number; categoryId: number; requiresPhoto: boolean };
let inStreet: { lng: number; lat: number; gridCode: string };

beforeAll(async () => {
  loop = await startCaseLoopApi();
  garbage = await loop.conditionOf('暴露垃圾');
  inStreet = await loop.pointIn('310101002', 3);
}, 120_000);
afterAll(() => loop?.close());

/** An officer's report with one photo, through the multipart request spec. */
async function reportWithPhoto(key: string, point = inStreet, extra: Record<string, unknown> = {}) {
  const input = {
    lng: point.lng,
    lat: point.lat,
    filingConditionId: garbage.id,
    description: '路边成堆垃圾',
    idempotencyKey: key,
    photos: [null],
    ...extra,
  };
  const response = await graphqlMultipart<{ reportCase: { caseId: string; created: boolean } }>(
    loop.api.baseUrl,
    report,
    { input },
    { 'variables.input.photos.0': await jpegWithLocation() },
    loop.tokens.officer,
  );
  return response.body;
}

async function actOn(
  role: Parameters<CaseLoopApi['as']>[0],
  caseId: string,
  version: number,
  action: string,
  extra = {},
) {
  return loop.as<CaseActResult>(role, act, { input: { caseId, version, action, ...extra } });
}

describe('the case loop over GraphQL', () => {
  it('keeps the database’s transition table equal to the state machine', async () => {
    const rows = await loop.api.prisma.caseTransition.findMany();
    const inDb = rows.map((row) => `${row.action}:${row.fromStatus}:${row.toStatus}`).sort();
    const inCode = caseTransitions.map((t) => `${t.action}:${t.from}:${t.to}`).sort();
    expect(inDb).toEqual(inCode);
  });

  it('takes an officer’s report with a photo, in three SQL statements, and a retry returns the same case', async () => {
    loop.api.statements.length = 0;
    const first = await reportWithPhoto('report-1');
    expect(first.errors).toBeUndefined();
    expect(loop.api.statements).toHaveLength(3); // viewer, intake context, insert (case + event + photos)
    const again = await reportWithPhoto('report-1');
    expect(again.data?.reportCase).toEqual({ caseId: first.data?.reportCase.caseId, created: false });
    expect(await loop.api.prisma.case.count({ where: { idempotencyKey: 'report-1' } })).toBe(1);
  });

  it('walks report → accept → file → dispatch → handle → failed check → rework → handle → check → close', async () => {
    const reported = await reportWithPhoto('report-walk');
    const caseId = reported.data?.reportCase.caseId as string;
    const start = await loop.as<{
      case: { code: string; gridCode: string; suggestedDepartment: { id: number } | null };
    }>('officer', detail, { id: caseId });
    const view = start.data?.case;
    expect(view?.code).toMatch(/^31010120300304\d{5}$/);
    expect(view?.gridCode).toBe(inStreet.gridCode);
    expect(view?.suggestedDepartment).not.toBeNull();
    const steps: [Parameters<CaseLoopApi['as']>[0], string, Record<string, unknown>, string][] = [
      ['operator', 'ACCEPT', {}, 'ACCEPTED'],
      ['shiftlead', 'FILE', {}, 'FILED'],
      ['dispatcher', 'DISPATCH', {}, 'DISPATCHED'],
      ['handler', 'HANDLE', { note: '已清理' }, 'HANDLED'],
      ['officer', 'CHECK_FAIL', { note: '仍有残留' }, 'REWORK'],
      ['dispatcher', 'REDISPATCH', {}, 'DISPATCHED'],
      ['handler', 'HANDLE', { note: '已彻底清理' }, 'HANDLED'],
      ['officer', 'CHECK_PASS', {}, 'HANDLED'],
      ['shiftlead', 'CLOSE', {}, 'CLOSED'],
    ];
    let version = 1;
    for (const [role, action, extra, status] of steps) {
      loop.clock.advance(5 * 60_000);
      const result = await actOn(role, caseId, version, action, extra);
      expect(result.code, `${role} ${action}: ${result.message}`).toBeUndefined();
      expect(result.data?.actOnCase.status).toBe(status);
      version = result.data?.actOnCase.version as number;
    }
    const closed = await loop.as<{
      case: { events: { action: string; fromStatus: string | null; toStatus: string; actorRole: string }[] };
    }>('leader', detail, { id: caseId });
    const events = closed.data?.case.events ?? [];
    expect(events.map((e) => e.action)).toEqual(['REPORT', ...steps.map(([, action]) => action)]);
    expect(events[5]).toMatchObject({ fromStatus: 'HANDLED', toStatus: 'REWORK', actorRole: 'OFFICER' });
    const row = await loop.api.prisma.case.findUniqueOrThrow({ where: { id: Number(caseId) } });
    expect(row).toMatchObject({ reworkCount: 1, status: 'CLOSED', step: null, stepDeadlineAt: null });
    expect(row.closedAt).not.toBeNull();
  });

  it('lets exactly one of two concurrent dispatches win; the other gets STALE_VERSION', async () => {
    const caseId = (await reportWithPhoto('report-race')).data?.reportCase.caseId as string;
    await actOn('operator', caseId, 1, 'ACCEPT');
    await actOn('shiftlead', caseId, 2, 'FILE');
    const results = await Promise.all([
      actOn('dispatcher', caseId, 3, 'DISPATCH'),
      actOn('dispatcher', caseId, 3, 'DISPATCH'),
    ]);
    expect(results.map((r) => r.code ?? 'OK').sort()).toEqual(['OK', 'STALE_VERSION']);
    expect(await loop.api.prisma.caseEvent.count({ where: { caseId: Number(caseId), action: 'DISPATCH' } })).toBe(1);
  });

  it('routes hotline reports through the grid officer’s verification', async () => {
    const registered = await loop.as<{ reportCase: { caseId: string } }>('operator', report, {
      input: {
        source: 'HOTLINE',
        lng: inStreet.lng,
        lat: inStreet.lat,
        filingConditionId: (await loop.conditionOf('施工扰民')).id,
        description: '夜间施工噪声',
        reporterName: '市民张先生',
        externalRef: '12345-2030-000001',
      },
    });
    expect(registered.code).toBeUndefined();
    const caseId = registered.data?.reportCase.caseId as string;
    const tasks = await loop.as<{ cases: { id: string; status: string }[] }>(
      'officer',
      `{ cases(queue: VERIFY_TASKS) { id status } }`,
    );
    expect(tasks.data?.cases).toContainEqual({ id: caseId, status: 'PENDING_VERIFY' });
    const verified = await actOn('officer', caseId, 1, 'VERIFY');
    expect(verified.data?.actOnCase.status).toBe('REPORTED');
  });

  it('decides extension and parking requests, moving the deadline and stopping the clock', async () => {
    const caseId = (await reportWithPhoto('report-requests')).data?.reportCase.caseId as string;
    let version = 1;
    for (const [role, action] of [
      ['operator', 'ACCEPT'],
      ['shiftlead', 'FILE'],
      ['dispatcher', 'DISPATCH'],
    ] as const) {
      version = (await actOn(role, caseId, version, action)).data?.actOnCase.version as number;
    }
    const before = await loop.api.prisma.case.findUniqueOrThrow({ where: { id: Number(caseId) } });
    const asked = await actOn('handler', caseId, version, 'REQUEST_EXTENSION', {
      note: '需协调物业',
      extension: { amount: 1, unit: 'WORK_DAYS' },
    });
    expect(asked.code).toBeUndefined();
    const blocked = await actOn('handler', caseId, version + 1, 'HANDLE');
    expect(blocked.code).toBe('REQUEST_PENDING');
    const approved = await actOn('dispatcher', caseId, version + 1, 'APPROVE_EXTENSION');
    expect(approved.code).toBeUndefined();
    const after = await loop.api.prisma.case.findUniqueOrThrow({ where: { id: Number(caseId) } });
    expect(after.stepDeadlineAt?.getTime()).toBeGreaterThan(before.stepDeadlineAt?.getTime() as number);
    version = approved.data?.actOnCase.version as number;
    await actOn('handler', caseId, version, 'REQUEST_PARK', { note: '待拆迁' });
    const parked = await actOn('dispatcher', caseId, version + 1, 'APPROVE_PARK');
    expect(parked.data?.actOnCase).toMatchObject({ status: 'PARKED', light: null });
    const restored = await actOn('dispatcher', caseId, version + 2, 'RESTORE');
    expect(restored.data?.actOnCase.status).toBe('DISPATCHED');
  });

  it('offers open duplicates nearby and merges one into the other, linked both ways', async () => {
    const firstId = (await reportWithPhoto('dup-a')).data?.reportCase.caseId as string;
    const nearby = await loop.as<{ duplicateCandidates: { id: string; distanceM: number }[] }>(
      'officer',
      `query($lng: Float!, $lat: Float!, $c: Int!) { duplicateCandidates(lng: $lng, lat: $lat, filingConditionId: $c) { id distanceM } }`,
      { lng: inStreet.lng + 0.0001, lat: inStreet.lat, c: garbage.id },
    );
    expect(nearby.data?.duplicateCandidates.map((d) => d.id)).toContain(firstId);
    const secondId = (await reportWithPhoto('dup-b')).data?.reportCase.caseId as string;
    const merged = await actOn('operator', secondId, 1, 'MERGE', { mergeIntoId: firstId });
    expect(merged.data?.actOnCase.status).toBe('MERGED');
    const target = await loop.api.prisma.case.findUniqueOrThrow({
      where: { id: Number(firstId) },
      include: { duplicates: true },
    });
    expect(target.duplicates.map((d) => d.id)).toContain(Number(secondId));
  });

  it('serves photos to staff who see the case, with EXIF location only in the original', async () => {
    const caseId = (await reportWithPhoto('photo-check')).data?.reportCase.caseId as string;
    const view = await loop.as<{
      case: { events: { photos: { id: string; thumbnailUrl: string; originalUrl: string; hasLocation: boolean }[] }[] };
    }>('operator', detail, { id: caseId });
    const photo = view.data?.case.events[0]?.photos[0];
    expect(photo?.hasLocation).toBe(true);
    const get = (path: string, token?: string) =>
      fetch(`${loop.api.baseUrl}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
    const thumb = await get(photo?.thumbnailUrl as string, loop.tokens.operator);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await get(photo?.thumbnailUrl as string)).status).toBe(401);
    const original = new Uint8Array(
      await (await get(photo?.originalUrl as string, loop.tokens.operator)).arrayBuffer(),
    );
    const publicCopy = new Uint8Array(
      await (await get(`/photos/${photo?.id}/public`, loop.tokens.operator)).arrayBuffer(),
    );
    const hasExif = (bytes: Uint8Array) => Buffer.from(bytes).includes(Buffer.from('Exif\0\0'));
    expect(hasExif(original)).toBe(true);
    expect(hasExif(publicCopy)).toBe(false);
  });
});

describe('queues', () => {
  const queue = `{ cases(queue: ALL, first: 100) { id code status light category { name } filingCondition { description }
    street { name } department { name } suggestedDepartment { name } availableActions
    events { action actorName photos { thumbnailUrl } } photos { id } } }`;

  it('reads a page with a fixed number of SQL statements, however many cases and events it holds (no N+1)', async () => {
    loop.api.statements.length = 0;
    const before = await loop.as<{ cases: unknown[] }>('leader', queue);
    const fewCases = before.data?.cases.length ?? 0;
    const statementsForFew = loop.api.statements.length;
    for (const key of ['n1-a', 'n1-b', 'n1-c']) await reportWithPhoto(key);
    loop.api.statements.length = 0;
    const after = await loop.as<{ cases: unknown[] }>('leader', queue);
    expect(after.data?.cases.length).toBe(fewCases + 3);
    expect(loop.api.statements.length).toBe(statementsForFew);
    expect(statementsForFew).toBeLessThanOrEqual(12);
  });

  it('sorts by deadline and pages with a cursor', async () => {
    const page = async (after?: string) =>
      (
        await loop.as<{ cases: { id: string; stepDeadlineAt: string | null }[] }>(
          'leader',
          `query($after: ID) { cases(queue: OPEN, first: 2, after: $after) { id stepDeadlineAt } }`,
          after ? { after } : {},
        )
      ).data?.cases ?? [];
    const first = await page();
    const second = await page(first[1]?.id);
    const all = [...first, ...second];
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const deadlines = all.map((c) => c.stepDeadlineAt ?? '9999');
    expect([...deadlines].sort()).toEqual(deadlines);
  });

  it('filters by light, text and area, and counts a queue', async () => {
    const red = await loop.as<{ cases: { light: string }[] }>(
      'leader',
      `{ cases(queue: OPEN, filter: { light: RED }) { light } }`,
    );
    expect(red.data?.cases.every((c) => c.light === 'RED')).toBe(true);
    const code = (await loop.api.prisma.case.findFirstOrThrow({ orderBy: { id: 'asc' } })).code;
    const found = await loop.as<{ cases: { code: string }[] }>(
      'leader',
      `query($s: String) { cases(queue: ALL, filter: { search: $s }) { code } }`,
      {
        s: code,
      },
    );
    expect(found.data?.cases.map((c) => c.code)).toEqual([code]);
    const elsewhere = await loop.as<{ cases: unknown[] }>(
      'leader',
      `{ cases(queue: ALL, filter: { areaCode: "310101013" }) { id } }`,
    );
    expect(elsewhere.data?.cases).toEqual([]);
    const count = await loop.as<{ caseCount: number }>('operator', `{ caseCount(queue: TO_ACCEPT) }`);
    expect(count.data?.caseCount).toBe(await loop.api.prisma.case.count({ where: { status: 'REPORTED' } }));
  });
});

describe('bad input gets a coded error and writes nothing', () => {
  const countAll = async () => ({
    cases: await loop.api.prisma.case.count(),
    events: await loop.api.prisma.caseEvent.count(),
    photos: await loop.api.prisma.photo.count(),
  });

  it('refuses bad reports', async () => {
    const before = await countAll();
    const outsideCity = await reportWithPhoto('bad-1', { lng: 100, lat: 30, gridCode: '' });
    expect(outsideCity.errors?.[0]?.extensions?.code).toBe('OUTSIDE_JURISDICTION');
    const otherStreet = await loop.pointIn('310101013');
    expect((await reportWithPhoto('bad-2', otherStreet)).errors?.[0]?.extensions?.code).toBe('OUTSIDE_JURISDICTION');
    expect(
      (await reportWithPhoto('bad-3', inStreet, { filingConditionId: 999_999 })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_REQUEST');
    const wrongCategory = await reportWithPhoto('bad-4', inStreet, { categoryId: garbage.categoryId + 1 });
    expect(wrongCategory.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    const noPhoto = await loop.as('officer', report, {
      input: {
        lng: inStreet.lng,
        lat: inStreet.lat,
        filingConditionId: garbage.id,
        description: '垃圾',
        idempotencyKey: 'bad-5',
      },
    });
    expect(noPhoto.code).toBe('PHOTO_REQUIRED');
    const sendPhotos = (photos: UploadFile[]) =>
      graphqlMultipart(
        loop.api.baseUrl,
        report,
        {
          input: {
            lng: inStreet.lng,
            lat: inStreet.lat,
            filingConditionId: garbage.id,
            description: '垃圾',
            photos: photos.map(() => null),
          },
        },
        Object.fromEntries(photos.map((photo, i) => [`variables.input.photos.${i}`, photo])),
        loop.tokens.officer,
      );
    const forged = await sendPhotos([forgedPhoto()]);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('INVALID_FILE');
    const photo = await jpegWithLocation();
    const manyPhotos = (count: number) => sendPhotos(Array(count).fill(photo));
    expect((await manyPhotos(10)).body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const tooManyParts = await manyPhotos(11);
    // Past the multipart parser's own cap, yoga refuses the body before any resolver runs.
    expect(tooManyParts.status).toBe(400);
    expect(tooManyParts.body.errors?.[0]?.message).toMatch(/limit exceeded/);
    const asHandler = await loop.as('handler', report, {
      input: { lng: inStreet.lng, lat: inStreet.lat, filingConditionId: garbage.id, description: '垃圾' },
    });
    expect(asHandler.code).toBe('FORBIDDEN');
    expect(await countAll()).toEqual(before);
  });

  it('refuses bad actions', async () => {
    const caseId = (await reportWithPhoto('bad-actions')).data?.reportCase.caseId as string;
    const before = await countAll();
    expect((await actOn('shiftlead', caseId, 1, 'CLOSE')).code).toBe('INVALID_TRANSITION');
    expect((await actOn('operator', caseId, 7, 'ACCEPT')).code).toBe('STALE_VERSION');
    expect((await actOn('operator', '999999', 1, 'ACCEPT')).code).toBe('NOT_FOUND');
    expect((await actOn('operator', caseId, 1, 'REJECT')).code).toBe('BAD_REQUEST');
    expect((await actOn('dispatcher', caseId, 1, 'ACCEPT')).code).toBe('FORBIDDEN');
    const expired = await fetch(`${loop.api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-session' },
      body: JSON.stringify({ query: act, variables: { input: { caseId, version: 1, action: 'ACCEPT' } } }),
    });
    expect(((await expired.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await countAll()).toEqual(before);
  });

  it('has the database refuse a status change without its event, and an event that is no transition', async () => {
    const caseId = Number((await reportWithPhoto('db-guard')).data?.reportCase.caseId);
    await expect(
      loop.api.prisma.$executeRaw`UPDATE case_record SET status = 'CLOSED' WHERE id = ${caseId}`,
    ).rejects.toThrow();
    await expect(
      loop.api.prisma.$executeRaw`INSERT INTO case_event (case_id, action, from_status, to_status, occurred_at)
        VALUES (${caseId}, 'CLOSE', 'REPORTED', 'CLOSED', now())`,
    ).rejects.toThrow();
    expect((await loop.api.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe('REPORTED');
  });
});
