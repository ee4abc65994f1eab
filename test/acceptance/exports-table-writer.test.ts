import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { startOfLocalDay, wallClockOf } from '@gridloop/geo';
import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from '../../api/src/modules/exports/content-disposition.js';
import type { TableColumn, TableRow } from '../../api/src/modules/exports/table-column.js';
import { csvChunks } from '../../api/src/modules/exports/write-csv.js';
import { xlsxStream } from '../../api/src/modules/exports/write-xlsx.js';

// The generic writer every download goes through (case lists now, metrics tables next), fed the
// way a metrics table will be: columns of every type and a plain array of rows.
interface Workbook {
  xlsx: { load(buffer: Buffer): Promise<unknown> };
  getWorksheet(
    name: string,
  ): { getRow(index: number): { getCell(index: number): { value: unknown; numFmt?: string } } } | undefined;
}
const ExcelJS = createRequire(new URL('../../api/package.json', import.meta.url))('exceljs') as {
  Workbook: new () => Workbook;
};

const columns: TableColumn[] = [
  { key: 'name', zh: '街道', en: 'Street', type: 'text' },
  { key: 'cases', zh: '案卷数', en: 'Cases', type: 'int' },
  { key: 'hours', zh: '平均处置时长（小时）', en: 'Mean hours', type: 'number' },
  { key: 'rate', zh: '按期处置率', en: 'On-time rate', type: 'percent' },
  { key: 'day', zh: '日期', en: 'Day', type: 'date' },
  { key: 'at', zh: '统计时间', en: 'Computed at', type: 'datetime' },
];
const rows: TableRow[] = [
  {
    name: '外滩街道',
    cases: 120,
    hours: 5.25,
    rate: 0.8575,
    day: new Date('2030-03-03T16:00:00Z'),
    at: new Date('2030-03-04T01:02:03Z'),
  },
  { name: '-1 街道, "南"', cases: -1, hours: null, rate: 1, day: null, at: undefined },
];
const shanghai = { columns, timeZone: 'Asia/Shanghai' };

async function textOf(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('the table writer', () => {
  it('writes CSV with a BOM, CRLF, local times, percents and formula-safe quoted text', async () => {
    const text = await textOf(csvChunks(rows, { ...shanghai, language: 'zh-CN' }));
    expect(text).toBe(
      '\uFEFF街道,案卷数,平均处置时长（小时）,按期处置率,日期,统计时间\r\n' +
        '外滩街道,120,5.25,85.8%,2030-03-04,2030-03-04 09:02:03\r\n' +
        `"'-1 街道, ""南""",-1,,100.0%,,\r\n`,
    );
    const english = await textOf(csvChunks([], { ...shanghai, language: 'en' }));
    expect(english).toBe('\uFEFFStreet,Cases,Mean hours,On-time rate,Day,Computed at\r\n');
  });

  it('writes a workbook with real numbers, percent and date formats', async () => {
    const stream = xlsxStream(Readable.from(rows), { ...shanghai, language: 'en', sheetName: 'Metrics' });
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(parts));
    const sheet = workbook.getWorksheet('Metrics');
    if (!sheet) throw new Error('no Metrics sheet');
    expect(sheet.getRow(1).getCell(4).value).toBe('On-time rate');
    const first = sheet.getRow(2);
    expect(first.getCell(2)).toMatchObject({ value: 120, numFmt: '0' });
    expect(first.getCell(3)).toMatchObject({ value: 5.25, numFmt: '0.00' });
    expect(first.getCell(4)).toMatchObject({ value: 0.8575, numFmt: '0.0%' });
    expect(first.getCell(5)).toMatchObject({ value: new Date('2030-03-04T00:00:00Z'), numFmt: 'yyyy-mm-dd' });
    expect(first.getCell(6)).toMatchObject({ value: new Date('2030-03-04T09:02:03Z'), numFmt: 'yyyy-mm-dd hh:mm:ss' });
    // Text stays text in Excel (never a formula), numbers stay numbers, empty cells stay empty.
    expect(sheet.getRow(3).getCell(1).value).toBe('-1 街道, "南"');
    expect(sheet.getRow(3).getCell(2).value).toBe(-1);
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
  });

  it('converts between instants and wall-clock time, across a daylight-saving change', () => {
    expect(wallClockOf(new Date('2030-03-04T01:00:00Z'), 'Asia/Shanghai').toISOString()).toBe(
      '2030-03-04T09:00:00.000Z',
    );
    expect(startOfLocalDay('2030-03-04', 'Asia/Shanghai').toISOString()).toBe('2030-03-03T16:00:00.000Z');
    // New York moves to summer time on 2030-03-10 at 02:00.
    expect(startOfLocalDay('2030-03-10', 'America/New_York').toISOString()).toBe('2030-03-10T05:00:00.000Z');
    expect(startOfLocalDay('2030-03-11', 'America/New_York').toISOString()).toBe('2030-03-11T04:00:00.000Z');
    expect(wallClockOf(new Date('2030-03-10T07:30:00Z'), 'America/New_York').toISOString()).toBe(
      '2030-03-10T03:30:00.000Z',
    );
  });

  it('names the file in UTF-8 with an ASCII fallback (RFC 5987)', () => {
    expect(attachmentDisposition('案卷清单(2030).csv', 'cases-2030.csv')).toBe(
      `attachment; filename="cases-2030.csv"; filename*=UTF-8''%E6%A1%88%E5%8D%B7%E6%B8%85%E5%8D%95%282030%29.csv`,
    );
  });
});
