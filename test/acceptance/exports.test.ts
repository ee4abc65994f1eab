import { request } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { buildApp } from '@gridloop/api';
import { createPrismaClient, type PrismaClient, refreshMetrics } from '@gridloop/prisma';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';
import { jpegWithLocation } from '../src/fixtures/sample-photos.js';
import { graphqlMultipart } from '../src/graphql-multipart.js';
import { errorOf, httpGet, type RawResponse } from '../src/http-get.js';

// exceljs is a dependency of the API, not of this package: read workbooks with the API's copy,
// typed here by the few members these tests use.
interface SheetCell {
  value: unknown;
  numFmt?: string;
  font?: { bold?: boolean };
}
interface SheetRow {
  values: unknown[];
  getCell(index: number): SheetCell;
}
interface Sheet {
  rowCount: number;
  views: unknown[];
  getRow(index: number): SheetRow;
  getColumn(index: number): { width?: number };
}
interface Workbook {
  xlsx: { load(buffer: Buffer): Promise<unknown> };
  getWorksheet(name: string): Sheet | undefined;
}
const ExcelJS = createRequire(new URL('../../api/package.json', import.meta.url))('exceljs') as {
  Workbook: new () => Workbook;
};

const report = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId } }`;
const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { version status } }`;

const csvHeader =
  '案卷编号,来源,大类,小类,立案条件,状态,当前环节,处置部门,区,街道,社区,单元网格,地址,描述,' +
  '上报时间,立案时间,派遣时间,处置时间,结案时间,时限,红黄灯,返工次数';

let loop: CaseLoopApi;
/** A second API on the suite's database with a tiny Excel cap and small read batches. */
let small: { baseUrl: string; statements: string[]; prisma: PrismaClient; close(): Promise<void> };
const codes: { dispatched: string; reported: string; tricky: string } = { dispatched: '', reported: '', tricky: '' };

beforeAll(async () => {
  loop = await startCaseLoopApi();
  const garbage = await loop.conditionOf('暴露垃圾');
  const point = await loop.pointIn('310101002', 3);
  const reportOne = async (key: string, description: string, address: string | null) => {
    const input = {
      lng: point.lng,
      lat: point.lat,
      filingConditionId: garbage.id,
      description,
      address,
      photos: [null],
    };
    const response = await graphqlMultipart<{ reportCase: { caseId: string } }>(
      loop.api.baseUrl,
      report,
      { input: { ...input, idempotencyKey: key } },
      { 'variables.input.photos.0': await jpegWithLocation() },
      loop.tokens.officer,
    );
    const caseId = response.body.data?.reportCase.caseId;
    if (!caseId) throw new Error(`report failed: ${JSON.stringify(response.body)}`);
    return caseId;
  };
  const dispatchedId = await reportOne('export-1', '路边成堆垃圾', '中山东一路 1 号');
  const steps: [Parameters<CaseLoopApi['ok']>[0], string][] = [
    ['operator', 'ACCEPT'],
    ['shiftlead', 'FILE'],
    ['dispatcher', 'DISPATCH'],
  ];
  for (const [index, [role, action]] of steps.entries()) {
    await loop.ok(role, act, { input: { caseId: dispatchedId, version: index + 1, action } });
  }
  const reportedId = await reportOne('export-2', '绿化带垃圾', null);
  const trickyId = await reportOne('export-3', '=HYPERLINK("http://evil")\n第二行, 含"引号"', '+86 路');
  const codeOf = async (id: string) =>
    (await loop.api.prisma.case.findUniqueOrThrow({ where: { id: Number(id) }, select: { code: true } })).code;
  codes.dispatched = await codeOf(dispatchedId);
  codes.reported = await codeOf(reportedId);
  codes.tricky = await codeOf(trickyId);
  small = await startSmallLimitApi(loop.databaseUrl);
}, 180_000);

afterAll(async () => {
  await small?.close();
  await loop?.close();
});

async function startSmallLimitApi(databaseUrl: string) {
  const statements: string[] = [];
  const prisma = createPrismaClient({ databaseUrl, maxConnections: 2, onQuery: (sql) => statements.push(sql) });
  const app = buildApp({
    prisma,
    logger: pino({ level: process.env.EXPORTS_DEBUG ? 'error' : 'silent' }),
    clock: loop.clock,
    exportLimits: { maxXlsxRows: 2, batchSize: 1000 },
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    statements,
    prisma,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await prisma.$disconnect();
    },
  };
}

function download(path: string, role: keyof CaseLoopApi['tokens'] = 'leader', baseUrl = loop.api.baseUrl) {
  return httpGet(`${baseUrl}${path}`, { authorization: `Bearer ${loop.tokens[role]}` });
}

/** RFC 4180 by hand: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const field = /("(?:[^"]|"")*"|[^,"\r\n]*)(,|\r\n)/y;
  const rows: string[][] = [];
  let row: string[] = [];
  while (field.lastIndex < text.length) {
    const at = field.lastIndex;
    const match = field.exec(text);
    if (!match) throw new Error(`malformed CSV at ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
    const [, raw = '', end] = match;
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (end === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  if (row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

function csvOf(response: RawResponse): string[][] {
  const bytes = response.body;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
  return parseCsv(bytes.subarray(3).toString('utf8'));
}

function recordsOf(rows: string[][]): Record<string, string>[] {
  const [header = [], ...data] = rows;
  return data.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
}

async function workbookOf(response: RawResponse) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.body);
  return workbook;
}

describe('case list downloads', () => {
  it('exports the leader’s open cases as CSV with Chinese headers, local times and safe cells', async () => {
    const response = await download('/export/cases.csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="cases-2030-03-04.csv"; filename*=UTF-8''${encodeURIComponent('案卷清单-2030-03-04.csv')}`,
    );
    expect(response.headers['cache-control']).toBe('private, no-store');
    const rows = csvOf(response);
    expect(rows[0]?.join(',')).toBe(csvHeader);
    const records = recordsOf(rows);
    expect(records.map((record) => record.案卷编号).sort()).toEqual(
      [codes.dispatched, codes.reported, codes.tricky].sort(),
    );
    const dispatched = records.find((record) => record.案卷编号 === codes.dispatched);
    expect(dispatched).toMatchObject({
      来源: '监督员上报',
      小类: '暴露垃圾',
      状态: '已派遣',
      当前环节: '处置',
      区: '黄浦区',
      地址: '中山东一路 1 号',
      描述: '路边成堆垃圾',
      // The manual clock stands at 01:00 UTC: 09:00 in Shanghai.
      上报时间: '2030-03-04 09:00:00',
      派遣时间: '2030-03-04 09:00:00',
      结案时间: '',
      红黄灯: '绿灯',
      返工次数: '0',
    });
    expect(dispatched?.处置部门).toContain('环卫');
    expect(dispatched?.单元网格).toMatch(/^310101002\d{6}$/);
    expect(dispatched?.时限).toMatch(/^\d+(\.\d+)? (工作时|工作日|自然小时|自然日)$/);
    const tricky = records.find((record) => record.案卷编号 === codes.tricky);
    // A formula-looking cell is text in Excel; quotes, commas and line breaks survive quoting.
    expect(tricky?.描述).toBe(`'=HYPERLINK("http://evil")\n第二行, 含"引号"`);
    expect(tricky?.地址).toBe(`'+86 路`);
  });

  it('writes English headers and labels with lang=en', async () => {
    const response = await download('/export/cases.csv?lang=en&text=中山东一路');
    const records = recordsOf(csvOf(response));
    expect(response.headers['content-disposition']).toMatch(/filename\*=UTF-8''cases-2030-03-04\.csv$/);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      'Case number': codes.dispatched,
      Source: 'Grid officer',
      Status: 'Dispatched',
      'Current step': 'Handle',
      Light: 'Green',
    });
  });

  it('exports the same cases as an Excel workbook: bold frozen header, real dates and numbers', async () => {
    const response = await download('/export/cases.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('案卷清单-2030-03-04.xlsx'));
    const workbook = await workbookOf(response);
    const sheet = workbook.getWorksheet('案卷');
    if (!sheet) throw new Error('no 案卷 sheet');
    const header = sheet.getRow(1);
    expect(header.values.slice(1).join(',')).toBe(csvHeader);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(4);
    const rows = [2, 3, 4].map((index) => sheet.getRow(index));
    const dispatched = rows.find((row) => row.getCell(1).value === codes.dispatched);
    if (!dispatched) throw new Error('the dispatched case is missing');
    const reportedAt = dispatched.getCell(15);
    // An Excel date shows wall-clock time (no zone): 09:00 in Shanghai.
    expect(reportedAt.value).toEqual(new Date('2030-03-04T09:00:00Z'));
    expect(reportedAt.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(dispatched.getCell(19).value).toBeNull();
    expect(dispatched.getCell(22).value).toBe(0);
    expect(dispatched.getCell(6).value).toBe('已派遣');
    expect(sheet.getColumn(14).width).toBe(40);
  });

  it('applies the queue filters and the reported date range', async () => {
    const codesOf = async (query: string) =>
      recordsOf(csvOf(await download(`/export/cases.csv?${query}`))).map((record) => record.案卷编号);
    expect(await codesOf('queue=TO_HANDLE')).toEqual([codes.dispatched]);
    expect((await codesOf('status=REPORTED')).sort()).toEqual([codes.reported, codes.tricky].sort());
    expect(await codesOf('status=REPORTED,DISPATCHED&text=绿化带')).toEqual([codes.reported]);
    expect(await codesOf('area=310101002&source=OFFICER&light=GREEN&queue=TO_HANDLE')).toEqual([codes.dispatched]);
    expect(await codesOf('area=310101001')).toEqual([]);
    expect(await codesOf('reportedFrom=2030-03-04&reportedTo=2030-03-04')).toHaveLength(3);
    expect(await codesOf('reportedTo=2030-03-03')).toEqual([]);
    expect(await codesOf('reportedFrom=2030-03-05')).toEqual([]);
  });

  it('exports only what the viewer can see: a handler gets their department’s cases', async () => {
    const handler = recordsOf(csvOf(await download('/export/cases.csv?queue=ALL', 'handler')));
    expect(handler.map((record) => record.案卷编号)).toEqual([codes.dispatched]);
    const workbook = await workbookOf(await download('/export/cases.xlsx?queue=ALL', 'handler'));
    expect(workbook.getWorksheet('案卷')?.rowCount).toBe(2);
  });

  it('accepts the session cookie and answers 401 UNAUTHENTICATED without one', async () => {
    const withCookie = await httpGet(`${loop.api.baseUrl}/export/cases.csv`, {
      cookie: `gridloop_session=${loop.tokens.leader}`,
    });
    expect(withCookie.status).toBe(200);
    for (const path of ['/export/cases.csv', '/export/cases.xlsx']) {
      const anonymous = await httpGet(`${loop.api.baseUrl}${path}`);
      expect(anonymous.status).toBe(401);
      expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
      const badToken = await httpGet(`${loop.api.baseUrl}${path}`, { authorization: 'Bearer not-a-session' });
      expect(badToken.status).toBe(401);
    }
  });

  it('refuses bad parameters with 400 BAD_REQUEST naming the field, before any file is sent', async () => {
    const cases: [string, string][] = [
      ['queue=NOPE', 'queue'],
      ['status=FILED,CLOSD', 'status'],
      ['category=abc', 'category'],
      ['department=0', 'department'],
      ['area=31a', 'area'],
      ['light=BLUE', 'light'],
      ['source=FAX', 'source'],
      ['reportedFrom=2030-02-30', 'reportedFrom'],
      ['reportedFrom=2030-03-05&reportedTo=2030-03-04', 'reportedTo'],
      ['lang=fr', 'lang'],
      ['queue=ALL&queue=OPEN', 'queue'],
      ['statuz=FILED', 'statuz'],
      [`text=${'长'.repeat(101)}`, 'text'],
    ];
    for (const [query, field] of cases) {
      const response = await download(`/export/cases.xlsx?${encodeURI(query)}`);
      expect(response.status, query).toBe(400);
      expect(response.headers['content-type'], query).toMatch(/^application\/json/);
      expect(errorOf(response).code, query).toBe('BAD_REQUEST');
      expect(
        (JSON.parse(response.body.toString()) as { error: { details: { field: string } } }).error.details.field,
      ).toBe(field);
    }
  });

  it('refuses an Excel file over the row cap with 413 EXPORT_TOO_LARGE, but streams the CSV', async () => {
    const tooLarge = await download('/export/cases.xlsx?queue=ALL', 'leader', small.baseUrl);
    expect(tooLarge.status).toBe(413);
    const error = JSON.parse(tooLarge.body.toString()) as {
      error: { code: string; message: string; details: Record<string, unknown> };
    };
    expect(error.error.code).toBe('EXPORT_TOO_LARGE');
    expect(error.error.details).toEqual({ rowCount: 3, maxRows: 2, suggestedFormat: 'csv' });
    expect(error.error.message).toContain('CSV');
    const english = await download('/export/cases.xlsx?queue=ALL&lang=en', 'leader', small.baseUrl);
    expect(errorOf(english).message).toMatch(/download CSV instead/);
    // Within the cap (a narrower filter) the workbook comes.
    expect((await download('/export/cases.xlsx?queue=TO_HANDLE', 'leader', small.baseUrl)).status).toBe(200);
    const csv = await download('/export/cases.csv?queue=ALL', 'leader', small.baseUrl);
    expect(recordsOf(csvOf(csv))).toHaveLength(3);
  });
});

describe('metrics table downloads', () => {
  const streetTable = `query($period: MetricPeriodInput!) {
    metricTable(groupBy: STREET, period: $period) { key name rank grade values { reported } } }`;
  const path = '/export/metrics.csv?groupBy=STREET&from=2030-03-01&to=2030-03-31';

  beforeAll(async () => {
    while ((await refreshMetrics(loop.api.prisma, { timeZone: 'Asia/Shanghai' })).more);
  });

  it('exports the street ranking the dashboard shows, with the metrics’ Chinese headers', async () => {
    const { metricTable } = await loop.ok<{
      metricTable: {
        key: string;
        name: string;
        rank: number | null;
        grade: string | null;
        values: { reported: number };
      }[];
    }>('leader', streetTable, { period: { from: '2030-03-01', to: '2030-03-31' } });
    expect(metricTable.length).toBeGreaterThan(0);
    const response = await download(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''");
    const records = recordsOf(csvOf(response));
    expect(Object.keys(records[0] ?? {})).toEqual(
      expect.arrayContaining(['排名', '编码', '名称', '上报数', '结案率(%)', '等级']),
    );
    expect(records.map((record) => [record.编码, record.名称, Number(record.上报数)])).toEqual(
      metricTable.map((row) => [row.key, row.name, row.values.reported]),
    );
  });

  it('writes the same table as a workbook, numbers as numbers', async () => {
    const response = await download(path.replace('.csv', '.xlsx'));
    expect(response.status).toBe(200);
    const sheet = (await workbookOf(response)).getWorksheet('综合评价');
    const header = (sheet?.getRow(1).values ?? []).slice(1);
    const reportedColumn = header.indexOf('上报数') + 1;
    expect(reportedColumn).toBeGreaterThan(0);
    expect(typeof sheet?.getRow(2).getCell(reportedColumn).value).toBe('number');
  });

  it('answers only leaders and admins, and refuses bad parameters before any file is sent', async () => {
    expect(errorOf(await download(path, 'handler'))).toMatchObject({ code: 'FORBIDDEN' });
    for (const bad of [
      '/export/metrics.csv?from=2030-03-01&to=2030-03-31',
      '/export/metrics.csv?groupBy=PLANET&from=2030-03-01&to=2030-03-31',
      '/export/metrics.csv?groupBy=STREET&from=2030-02-30&to=2030-03-31',
      '/export/metrics.csv?groupBy=STREET&from=2030-03-31&to=2030-03-01',
      '/export/metrics.csv?groupBy=STREET&from=2030-03-01&to=2030-03-31&areaCode=31x',
    ]) {
      const response = await download(bad);
      expect(response.status, bad).toBe(400);
      expect(errorOf(response).code, bad).toBe('BAD_REQUEST');
    }
  });
});

describe('a large download', () => {
  const copies = 20_000;

  beforeAll(async () => {
    // Copies of the reported case under fresh codes, each with its REPORT event (the database
    // refuses a case without one), inserted in one statement.
    const columns = await loop.api.prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns
      WHERE table_name = 'case_record' AND is_generated = 'NEVER' AND column_default IS DISTINCT FROM NULL
        AND column_default LIKE 'nextval%'`;
    const serial = new Set(columns.map((column) => column.column_name));
    const all = await loop.api.prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns
      WHERE table_name = 'case_record' AND is_generated = 'NEVER' ORDER BY ordinal_position`;
    const copied = all
      .map((column) => column.column_name)
      .filter((name) => !serial.has(name) && !['code', 'idempotency_key', 'lng', 'lat'].includes(name));
    const list = copied.map((name) => `"${name}"`).join(', ');
    await loop.api.prisma.$executeRawUnsafe(
      `WITH copied AS (
         INSERT INTO case_record (code, ${list})
         SELECT '3101012030030' || lpad(n::text, 6, '0'), ${list}
         FROM case_record, generate_series(1, ${copies}) AS n WHERE code = $1
         RETURNING id, reported_at)
       INSERT INTO case_event (case_id, action, from_status, to_status, occurred_at)
       SELECT id, 'REPORT', NULL, 'REPORTED', reported_at FROM copied`,
      codes.reported,
    );
  }, 120_000);

  const batchQueries = () =>
    small.statements.filter((sql) => /FROM "public"\."case_record"/.test(sql) && /ORDER BY/.test(sql));

  it('streams every row in chunks, reading the cases in keyset batches as the response drains', async () => {
    small.statements.length = 0;
    const chunks: { size: number; batchesSoFar: number }[] = [];
    const body = await new Promise<Buffer>((resolve, reject) => {
      const parts: Buffer[] = [];
      const req = request(`${small.baseUrl}/export/cases.csv?queue=ALL`, {
        headers: { authorization: `Bearer ${loop.tokens.leader}` },
      });
      req.on('response', (res) => {
        expect(res.statusCode).toBe(200);
        res.on('data', (chunk: Buffer) => {
          parts.push(chunk);
          chunks.push({ size: chunk.length, batchesSoFar: batchQueries().length });
        });
        res.on('end', () => resolve(Buffer.concat(parts)));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
    const rows = parseCsv(body.subarray(3).toString('utf8'));
    expect(rows).toHaveLength(1 + copies + 3);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(copies + 3);
    // 20,003 rows at 1,000 a batch: 21 reads, each bounded and continuing after the last id seen
    // (keyset), never the whole result at once.
    expect(batchQueries()).toHaveLength(21);
    expect(batchQueries().every((sql) => /LIMIT/.test(sql) && /"case_record"\."id" > \$/.test(sql))).toBe(true);
    // Names of classes, conditions, departments and areas are read once, with the first batch:
    // the viewer, 21 batches, and 5 catalog reads (classes and their majors, conditions, departments, areas).
    expect(small.statements).toHaveLength(1 + 21 + 5);
    expect(chunks.length).toBeGreaterThan(10);
    // The first bytes were on the wire before most batches had been read.
    expect(chunks[0]?.batchesSoFar ?? 99).toBeLessThan(3);
  }, 120_000);

  it('writes a workbook of every row within the cap', async () => {
    const response = await download('/export/cases.xlsx?queue=ALL');
    expect(response.status).toBe(200);
    const sheet = (await workbookOf(response)).getWorksheet('案卷');
    expect(sheet?.rowCount).toBe(1 + copies + 3);
    expect(sheet?.getRow(1 + copies + 3).getCell(1).value).toMatch(/^3101012030030\d{6}$/);
  }, 180_000);

  it('stops reading cases while the client does not read, and for good once it has gone', async () => {
    // Long descriptions (about 1.8 kB a row, 36 MB in all): far more than socket buffers hold.
    await loop.api.prisma.$executeRaw`
      UPDATE case_record SET description = repeat('路边成堆垃圾未清理', 70) WHERE code LIKE '3101012030030%'`;
    small.statements.length = 0;
    let isDestroyed = false;
    let earlyError: unknown = null;
    const response = await new Promise<{ destroy(): void }>((resolve, reject) => {
      const req = request(`${small.baseUrl}/export/cases.csv?queue=ALL`, {
        headers: { authorization: `Bearer ${loop.tokens.leader}` },
      });
      req.on('response', (res) => {
        // Only the reset that follows req.destroy() is expected.
        res.on('error', (error) => {
          if (!isDestroyed) earlyError = error;
        });
        res.once('data', () => {
          res.pause();
          resolve({ destroy: () => req.destroy() });
        });
      });
      req.on('error', reject);
      req.end();
    });
    const whilePaused = await settledBatchCount();
    expect(earlyError).toBeNull();
    expect(whilePaused).toBeGreaterThan(0);
    expect(whilePaused).toBeLessThan(21); // the socket's buffers are full; the rest waits
    isDestroyed = true;
    response.destroy();
    expect(await settledBatchCount()).toBeLessThan(21);
  }, 60_000);

  /** The number of batch reads once it has not changed for half a second. */
  async function settledBatchCount(): Promise<number> {
    let count = -1;
    while (count !== batchQueries().length) {
      count = batchQueries().length;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return count;
  }

  it('counts first and refuses the workbook when it is over the cap, reading no rows', async () => {
    small.statements.length = 0;
    const response = await download('/export/cases.xlsx?queue=ALL', 'leader', small.baseUrl);
    expect(response.status).toBe(413);
    expect(errorOf(response).code).toBe('EXPORT_TOO_LARGE');
    expect(small.statements.filter((sql) => /ORDER BY/.test(sql) && /case_record/.test(sql))).toHaveLength(0);
  });
});
