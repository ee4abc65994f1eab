import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSession } from '@gridloop/api';
import { createWorkCalendar } from '@gridloop/geo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardCatalog } from '../../api/src/seed/catalog/standard-catalog.js';
import { writeCatalog } from '../../api/src/seed/catalog/write-catalog.js';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { authTestSettings, graphqlAs, manualClock } from '../src/fixtures/auth-test-api.js';
import { buildNycJurisdiction, nycAgencies, nycJurisdiction } from '../src/fixtures/nyc-test-jurisdiction.js';
import { nyc311MappingPath, nyc311SamplePath, readNyc311Sample } from '../src/fixtures/nyc311-sample.js';
import { graphqlMultipart } from '../src/graphql-multipart.js';
import { repoRoot } from '../src/repo-paths.js';
import { type InProcessApi, startInProcessApi } from '../src/server/in-process-api.js';

// The history import proven on real data: the NYC 311 sample (2,000 requests, March 2011) imported
// into a test jurisdiction over New York built with the layer importer and the grid generator, the
// deployment's TIME_ZONE being America/New_York, and every figure checked against the CSV read on its
// own (fixtures/nyc311-sample.ts: its own cell splitting and its own daylight-saving rule).

const now = new Date('2026-11-26T12:00:00Z');
/** New York office hours, Monday to Friday; the 2011 federal holidays of the sample's months. */
const newYorkCalendar = createWorkCalendar({
  timeZone: 'America/New_York',
  workPeriods: [{ start: '09:00', end: '17:00' }],
  holidays: ['2011-02-21', '2011-05-30', '2011-11-11', '2011-11-24'],
});
const mapping = JSON.parse(readFileSync(nyc311MappingPath, 'utf8')) as Record<string, unknown>;
const sample = readNyc311Sample();
const sampleBytes = new Uint8Array(readFileSync(nyc311SamplePath));

/** What the import must make of each request, decided from the independent reading. */
const hasPoint = (request: (typeof sample.requests)[number]) => request.lng !== null && request.lat !== null;
const closesBeforeCreated = (request: (typeof sample.requests)[number]) =>
  request.closedAt !== null && request.closedAt < request.createdAt;
const good = sample.requests.filter((request) => hasPoint(request) && !closesBeforeCreated(request));
const withoutPoint = sample.requests.filter((request) => !hasPoint(request));
const outOfOrder = sample.requests.filter((request) => hasPoint(request) && closesBeforeCreated(request));

let database: TestDatabase;
let api: InProcessApi;
let tokens: { admin: string; officer: string };

const reportFields = `written dryRun rowsRead valid imported events skipped alreadyImported badRows errorCount listLimit
  errors { row column code message } errorCounts { code count } firstEventAt lastEventAt elapsedMs`;
const importMutation = `mutation ($file: File!, $mapping: JSON!, $dryRun: Boolean, $skipBadRows: Boolean) {
  importCaseHistory(file: $file, mapping: $mapping, dryRun: $dryRun, skipBadRows: $skipBadRows) { ${reportFields} } }`;

interface Report {
  written: boolean;
  dryRun: boolean;
  rowsRead: number;
  valid: number;
  imported: number;
  events: number;
  skipped: number;
  alreadyImported: number;
  badRows: number;
  errorCount: number;
  listLimit: number;
  errors: { row: number; column: string | null; code: string; message: string }[];
  errorCounts: { code: string; count: number }[];
  firstEventAt: string | null;
  lastEventAt: string | null;
  elapsedMs: number;
}

async function importCsv(
  bytes: Uint8Array,
  options: { dryRun?: boolean; skipBadRows?: boolean; mapping?: unknown; as?: 'admin' | 'officer' } = {},
) {
  const { body } = await graphqlMultipart<{ importCaseHistory: Report }>(
    api.baseUrl,
    importMutation,
    { file: null, mapping: options.mapping ?? mapping, dryRun: options.dryRun, skipBadRows: options.skipBadRows },
    { 'variables.file': { name: 'requests.csv', type: 'text/csv', bytes: new Uint8Array(bytes) } },
    tokens[options.as ?? 'admin'],
  );
  return body;
}

async function rowCounts() {
  const [row] = await api.prisma.$queryRaw<{ cases: number; events: number; counters: number }[]>`
    SELECT (SELECT count(*) FROM case_record)::int AS cases, (SELECT count(*) FROM case_event)::int AS events,
           (SELECT count(*) FROM case_code_counter)::int AS counters`;
  return row;
}

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startInProcessApi(database.url, {
    clock: manualClock(now),
    auth: authTestSettings,
    calendar: newYorkCalendar,
  });
  await writeCatalog(api.prisma, standardCatalog);
  await buildNycJurisdiction(api.prisma, now);
  const city = await api.prisma.area.findUniqueOrThrow({ where: { code: nycJurisdiction.city.code } });
  const user = (username: string, roles: ('ADMIN' | 'OFFICER')[]) =>
    api.prisma.user.create({ data: { username, displayName: username, roles, areaId: city.id, passwordHash: 'x' } });
  const open = async (userId: number) =>
    (
      await createSession(api.prisma, {
        userId,
        now,
        settings: authTestSettings,
        client: { ipAddress: '198.51.100.7', userAgent: 'vitest' },
      })
    ).token;
  tokens = { admin: await open((await user('nyc-admin', ['ADMIN'])).id), officer: '' };
  tokens.officer = await open((await user('nyc-officer', ['OFFICER'])).id);
  for (const agency of nycAgencies) {
    const { body } = await graphqlAs<unknown>(
      api.baseUrl,
      'mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }',
      { input: { ...agency, areaCode: nycJurisdiction.district.code } },
      { bearer: tokens.admin },
    );
    expect(body.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await api?.close();
  await database?.drop();
});

describe('the test jurisdiction over New York', () => {
  it('covers every point of the sample with generated unit grids (the generator is not Shanghai-only)', async () => {
    const grids = await api.prisma.unitGrid.count({ where: { retiredAt: null, code: { startsWith: '990101001' } } });
    expect(grids).toBeGreaterThan(1500);
    const points = sample.requests.filter(hasPoint);
    const [outside] = await api.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM unnest(${points.map((p) => p.lng)}::float8[], ${points.map((p) => p.lat)}::float8[]) AS p(lng, lat)
      WHERE NOT EXISTS (SELECT 1 FROM unit_grid g WHERE g.retired_at IS NULL
        AND ST_Intersects(g.geom, ST_SetSRID(ST_MakePoint(p.lng, p.lat), 4326)))`;
    expect(outside?.count).toBe(0);
  });
});

describe('importing the NYC 311 sample', () => {
  it('refuses the whole file while any row is bad, reporting every bad row, and writes nothing', async () => {
    const { data, errors } = await importCsv(sampleBytes);
    expect(errors).toBeUndefined();
    const report = data?.importCaseHistory as Report;
    expect(report).toMatchObject({
      written: false,
      rowsRead: 2000,
      valid: good.length,
      imported: 0,
      badRows: withoutPoint.length + outOfOrder.length,
      errorCount: 2 * withoutPoint.length + outOfOrder.length,
      listLimit: 100,
    });
    expect(report.errors).toHaveLength(100);
    expect(Object.fromEntries(report.errorCounts.map((entry) => [entry.code, entry.count]))).toEqual({
      MISSING_VALUE: 2 * withoutPoint.length,
      TIMES_OUT_OF_ORDER: outOfOrder.length,
    });
    const firstBad = withoutPoint[0];
    expect(report.errors.slice(0, 2)).toEqual([
      { row: firstBad?.row, column: 'Longitude', code: 'MISSING_VALUE', message: 'Longitude is empty.' },
      { row: firstBad?.row, column: 'Latitude', code: 'MISSING_VALUE', message: 'Latitude is empty.' },
    ]);
    expect(await rowCounts()).toEqual({ cases: 0, events: 0, counters: 0 });
  });

  it('dry-runs with skipBadRows: reports what it would import, writes nothing', async () => {
    const report = (await importCsv(sampleBytes, { dryRun: true, skipBadRows: true })).data?.importCaseHistory;
    expect(report).toMatchObject({
      written: false,
      dryRun: true,
      valid: good.length,
      imported: 0,
      skipped: withoutPoint.length + outOfOrder.length,
    });
    expect(await rowCounts()).toEqual({ cases: 0, events: 0, counters: 0 });
  });

  it('imports the good rows with skipBadRows: one case and its event chain per request', async () => {
    const report = (await importCsv(sampleBytes, { skipBadRows: true })).data?.importCaseHistory as Report;
    const closed = good.filter((request) => request.closedAt !== null);
    expect(report).toMatchObject({
      written: true,
      valid: good.length,
      imported: good.length,
      events: 7 * closed.length + 4 * (good.length - closed.length),
      skipped: withoutPoint.length + outOfOrder.length,
      alreadyImported: 0,
    });
    expect(report.errorCounts).toContainEqual({ code: 'TIMES_OUT_OF_ORDER', count: outOfOrder.length });
    const statuses = await api.prisma.case.groupBy({ by: ['status'], _count: true, orderBy: { status: 'asc' } });
    expect(statuses.map((row) => [row.status, row._count])).toEqual([
      ['DISPATCHED', good.length - closed.length],
      ['CLOSED', closed.length],
    ]);
    expect(await rowCounts()).toMatchObject({ cases: good.length, events: report.events });
  });

  it('keeps each request’s times, agency, class and point, and dates its code in New York', async () => {
    const cases = await api.prisma.case.findMany({
      select: {
        externalRef: true,
        code: true,
        source: true,
        reportedAt: true,
        dispatchedAt: true,
        handledAt: true,
        closedAt: true,
        lng: true,
        lat: true,
        gridCode: true,
        department: { select: { code: true } },
        category: { select: { code: true, kind: true } },
      },
    });
    const byRef = new Map(cases.map((row) => [row.externalRef, row]));
    const categories = mapping.categories as Record<string, string>;
    for (const request of good) {
      const imported = byRef.get(`NYC311:${request.uniqueKey}`);
      expect(imported, request.uniqueKey).toBeDefined();
      expect(imported?.source).toBe('IMPORT');
      expect(imported?.reportedAt.getTime()).toBe(request.createdAt);
      expect(imported?.dispatchedAt?.getTime()).toBe(request.createdAt);
      expect(imported?.handledAt?.getTime() ?? null).toBe(request.closedAt);
      expect(imported?.closedAt?.getTime() ?? null).toBe(request.closedAt);
      expect(imported?.department?.code).toBe(`NYC-${request.agency}`);
      const kind = imported?.category.kind === 'EVENT' ? 'E' : 'C';
      expect(`${kind}${imported?.category.code}`).toBe(categories[request.complaintType]);
      expect(imported?.lng).toBeCloseTo(request.lng as number, 9);
      expect(imported?.lat).toBeCloseTo(request.lat as number, 9);
      expect(imported?.gridCode.startsWith('990101001')).toBe(true);
      const [month, day, year] = request.cells[1]?.slice(0, 10).split('/') ?? [];
      expect(imported?.code.slice(0, 14)).toBe(`990101${year}${month}${day}`);
    }
  });

  it('gives handling times in the event log equal to closed − created recomputed from the CSV', async () => {
    const rows = await api.prisma.$queryRaw<{ ref: string; seconds: number; met: number }[]>`
      SELECT c.external_ref AS ref,
        extract(epoch FROM h.occurred_at - d.occurred_at)::float8 AS seconds,
        count(*) FILTER (WHERE e.met_deadline IS NOT NULL)::int AS met
      FROM case_record c
      JOIN case_event d ON d.case_id = c.id AND d.action = 'DISPATCH'
      JOIN case_event h ON h.case_id = c.id AND h.action = 'HANDLE'
      JOIN case_event e ON e.case_id = c.id
      GROUP BY c.external_ref, h.occurred_at, d.occurred_at`;
    const expected = new Map(
      good
        .filter((request) => request.closedAt !== null)
        .map((request) => [`NYC311:${request.uniqueKey}`, ((request.closedAt as number) - request.createdAt) / 1000]),
    );
    expect(rows).toHaveLength(expected.size);
    for (const row of rows) expect(row.seconds, row.ref).toBe(expected.get(row.ref));
    // Without limits in the mapping no event claims a deadline.
    expect(rows.every((row) => row.met === 0)).toBe(true);
    const csvMeanHours = [...expected.values()].reduce((sum, s) => sum + s, 0) / expected.size / 3600;
    const [figures] = await api.prisma.$queryRaw<{ mean_hours: number; spanning_dst: number }[]>`
      SELECT avg(extract(epoch FROM c.closed_at - c.reported_at) / 3600)::float8 AS mean_hours,
        count(*) FILTER (WHERE c.reported_at < '2011-03-13T07:00:00Z' AND c.closed_at > '2011-03-13T07:00:00Z')::int AS spanning_dst
      FROM case_record c WHERE c.status = 'CLOSED'`;
    expect(figures?.mean_hours).toBeCloseTo(csvMeanHours, 9);
    expect(figures?.spanning_dst).toBeGreaterThan(300); // the daylight-saving change is inside the sample
  });

  it('writes each chain as the loop would: REPORT → ACCEPT → FILE → DISPATCH → HANDLE → CHECK_PASS → CLOSE', async () => {
    const chains = await api.prisma.$queryRaw<{ chain: string; cases: number }[]>`
      SELECT chain, count(*)::int AS cases FROM (
        SELECT string_agg(e.action::text, ' ' ORDER BY e.id) AS chain FROM case_event e GROUP BY e.case_id) c
      GROUP BY chain ORDER BY chain`;
    const closed = good.filter((request) => request.closedAt !== null).length;
    expect(chains).toEqual([
      { chain: 'REPORT ACCEPT FILE DISPATCH', cases: good.length - closed },
      { chain: 'REPORT ACCEPT FILE DISPATCH HANDLE CHECK_PASS CLOSE', cases: closed },
    ]);
  });

  it('re-imports the same file without doubling anything', async () => {
    const before = await rowCounts();
    const report = (await importCsv(sampleBytes, { skipBadRows: true })).data?.importCaseHistory;
    expect(report).toMatchObject({ written: true, imported: 0, alreadyImported: good.length, valid: 0 });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('bad rows', () => {
  const header = sample.lines.length > 0 ? readFileSync(nyc311SamplePath, 'utf8').split('\n')[0] : '';
  const edgeMapping = { ...mapping, sourceSystem: 'NYC311-EDGE' };
  const source = good.slice(0, 3);
  /** A row of the sample with some cells replaced. */
  const edited = (request: (typeof good)[number], changes: Record<number, string>) =>
    request.cells.map((cell, index) => `"${(changes[index] ?? cell).replaceAll('"', '""')}"`).join(',');
  const column = (name: string) => sample.header.indexOf(name);
  const file = () =>
    new TextEncoder().encode(
      [
        header,
        ...source.map((request) => edited(request, {})),
        edited(source[0] as (typeof good)[number], {
          [column('Unique Key')]: 'E1',
          [column('Created Date')]: '2011-03-01',
        }),
        edited(source[1] as (typeof good)[number], {
          [column('Unique Key')]: 'E2',
          [column('Latitude')]: '31.2304',
          [column('Longitude')]: '121.4737',
        }),
        edited(source[2] as (typeof good)[number], {
          [column('Unique Key')]: 'E3',
          [column('Complaint Type')]: 'Alien Landing',
        }),
        edited(source[0] as (typeof good)[number], {
          [column('Unique Key')]: 'E4',
          [column('Closed Date')]: '02/28/2011 09:00:00 AM',
        }),
        edited(source[0] as (typeof good)[number], {}),
      ].join('\r\n'),
    );

  it('reports each bad row with its column and code, and writes nothing', async () => {
    const before = await rowCounts();
    const report = (await importCsv(file(), { mapping: edgeMapping })).data?.importCaseHistory as Report;
    expect(report).toMatchObject({ written: false, rowsRead: 8, valid: 3, badRows: 5, imported: 0 });
    expect(report.errors.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 5, column: 'Created Date', code: 'BAD_DATE' },
      { row: 6, column: 'Longitude', code: 'OUTSIDE_JURISDICTION' },
      { row: 7, column: 'Complaint Type', code: 'UNKNOWN_CATEGORY' },
      { row: 8, column: 'Closed Date', code: 'TIMES_OUT_OF_ORDER' },
      { row: 9, column: 'Unique Key', code: 'DUPLICATE_IN_FILE' },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('imports only the good rows when asked to skip the bad ones', async () => {
    const before = await rowCounts();
    const report = (await importCsv(file(), { mapping: edgeMapping, skipBadRows: true })).data?.importCaseHistory;
    expect(report).toMatchObject({ written: true, imported: 3, badRows: 5, skipped: 5 });
    expect((await rowCounts())?.cases).toBe((before?.cases ?? 0) + 3);
    const refs = await api.prisma.case.findMany({
      where: { externalRef: { startsWith: 'NYC311-EDGE:' } },
      select: { externalRef: true },
      orderBy: { externalRef: 'asc' },
    });
    expect(refs.map((row) => row.externalRef)).toEqual(source.map((r) => `NYC311-EDGE:${r.uniqueKey}`).sort());
  });

  it('refuses a wrong mapping, an empty file, a non-admin and a concurrent import with coded errors', async () => {
    const before = await rowCounts();
    const code = (body: Awaited<ReturnType<typeof importCsv>>) => body.errors?.[0]?.extensions?.code;
    const badColumn = { ...mapping, columns: { ...(mapping.columns as object), latitude: 'Lat' } };
    expect(code(await importCsv(sampleBytes, { mapping: badColumn }))).toBe('BAD_REQUEST');
    const badDepartment = { ...mapping, departments: { NYPD: 'NYC-NOPE' } };
    const refused = await importCsv(sampleBytes, { mapping: badDepartment });
    expect(code(refused)).toBe('BAD_REQUEST');
    expect(refused.errors?.[0]?.message).toContain('NYC-NOPE');
    expect(code(await importCsv(sampleBytes, { mapping: { ...mapping, timeZone: 'Mars/Olympus' } }))).toBe(
      'BAD_REQUEST',
    );
    expect(code(await importCsv(new Uint8Array()))).toBe('INVALID_FILE');
    expect(code(await importCsv(sampleBytes, { as: 'officer' }))).toBe('FORBIDDEN');
    // One import at a time: while another holds the import lock, a second is refused at once.
    await api.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext('gridloop.history-import'))::text`;
        expect(code(await importCsv(sampleBytes))).toBe('IMPORT_IN_PROGRESS');
      },
      { timeout: 30_000 },
    );
    expect(await rowCounts()).toEqual(before);
  });
});

describe('deadlines from the mapping’s limits, on the New York work calendar', () => {
  it('times the handling step in working hours and records whether it was met', async () => {
    // Created Tuesday 1 March 2011 at 7:26 PM, after hours: 8 work hours run Wednesday 09:00-17:00.
    const late = sample.requests.find((request) => request.uniqueKey === '19938157');
    expect(late?.cells[1]).toBe('03/01/2011 07:26:46 PM');
    const header = readFileSync(nyc311SamplePath, 'utf8').split('\n')[0];
    const limited = {
      ...mapping,
      sourceSystem: 'NYC311-LIMITS',
      timeLimits: { HANDLE: { amount: 8, unit: 'WORK_HOURS' } },
    };
    const bytes = new TextEncoder().encode(`${header}\n${sample.lines[(late?.row ?? 0) - 2]}\n`);
    const report = (await importCsv(bytes, { mapping: limited })).data?.importCaseHistory;
    expect(report).toMatchObject({ written: true, imported: 1 });
    const events = await api.prisma.caseEvent.findMany({
      where: { case: { externalRef: 'NYC311-LIMITS:19938157' } },
      orderBy: { id: 'asc' },
      select: { action: true, deadlineAt: true, metDeadline: true },
    });
    expect(events.find((event) => event.action === 'HANDLE')).toEqual({
      action: 'HANDLE',
      deadlineAt: new Date('2011-03-02T22:00:00Z'),
      metDeadline: true,
    });
    expect(events.filter((event) => event.action !== 'HANDLE').every((event) => event.metDeadline === null)).toBe(true);
  });
});

describe('the history import command line', () => {
  it('streams the sample from disk: a dry run that skips bad rows exits 0 with the report on stdout', async () => {
    const args = ['--mapping', nyc311MappingPath, '--dry-run', '--skip-bad-rows', nyc311SamplePath];
    const cli = spawn(process.execPath, ['--import', 'tsx', 'src/modules/history-import/cli.ts', ...args], {
      cwd: join(repoRoot, 'api'),
      env: { ...process.env, DATABASE_URL: database.url, TIME_ZONE: 'America/New_York' },
    });
    let stdout = '';
    cli.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise((resolve) => cli.on('exit', resolve));
    expect(code).toBe(0);
    // Everything was imported through the API above: the command line finds it all there.
    expect(JSON.parse(stdout)).toMatchObject({ dryRun: true, rowsRead: 2000, valid: 0, alreadyImported: good.length });
  });
});
