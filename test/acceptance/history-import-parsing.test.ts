import { describe, expect, it } from 'vitest';
import { compileDateFormat } from '../../api/src/modules/history-import/date-format.js';
import { importedChain } from '../../api/src/modules/history-import/imported-chain.js';
import { readCsvRecords } from '../../api/src/modules/history-import/read-csv-records.js';
import { ZonedClock } from '../../api/src/modules/history-import/zoned-clock.js';

// The pure parts of the history import: no database. The NYC suite (history-import.test.ts) runs them
// on the real sample; these pin the edge cases a legacy export throws at them.

async function records(chunks: (string | Uint8Array)[]) {
  const read = [];
  for await (const record of readCsvRecords(
    (async function* () {
      yield* chunks;
    })(),
  )) {
    read.push(record);
  }
  return read;
}

describe('reading CSV as a stream', () => {
  const text = '\uFEFFid,note,point\r\n1,"a, b","(40.7, -74.0)"\r\n2,"say ""hi""","two\nlines"\n\n3,,\n';

  it('reads quoted commas, doubled quotes, line breaks in cells, CRLF, a BOM and blank lines', async () => {
    const expected = [
      { row: 1, cells: ['id', 'note', 'point'], isMalformed: false },
      { row: 2, cells: ['1', 'a, b', '(40.7, -74.0)'], isMalformed: false },
      { row: 3, cells: ['2', 'say "hi"', 'two\nlines'], isMalformed: false },
      { row: 4, cells: ['3', '', ''], isMalformed: false },
    ];
    expect(await records([new TextEncoder().encode(text)])).toEqual(expected);
    // Any chunking gives the same records, even one character (or one byte) at a time.
    expect(await records([...text])).toEqual(expected.map((record) => ({ ...record })));
    const bytes = new TextEncoder().encode(`${text}4,"北京",x`);
    const byteChunks = [...bytes].map((byte) => Uint8Array.of(byte));
    expect((await records(byteChunks)).at(-1)).toEqual({ row: 5, cells: ['4', '北京', 'x'], isMalformed: false });
  });

  it('flags broken quoting instead of guessing', async () => {
    expect(await records(['a,b\n1,x"y"\n2,"open'])).toEqual([
      { row: 1, cells: ['a', 'b'], isMalformed: false },
      { row: 2, cells: ['1', 'y'], isMalformed: true },
      { row: 3, cells: ['2', 'open'], isMalformed: true },
    ]);
  });
});

describe('dates of a legacy export', () => {
  it('reads NYC 311 dates and ISO dates, refusing impossible ones', () => {
    const nyc = compileDateFormat('MM/DD/YYYY hh:mm:ss A');
    expect(nyc('03/01/2011 02:27:57 PM')).toEqual({ wallMs: Date.UTC(2011, 2, 1, 14, 27, 57), offsetMinutes: null });
    expect(nyc('03/01/2011 12:05:00 AM')?.wallMs).toBe(Date.UTC(2011, 2, 1, 0, 5));
    expect(nyc('02/30/2011 02:27:57 PM')).toBeNull();
    expect(nyc('2011-03-01 14:27:57')).toBeNull();
    const iso = compileDateFormat('ISO');
    expect(iso('2011-03-01T14:27:57.250+08:00')).toEqual({
      wallMs: Date.UTC(2011, 2, 1, 14, 27, 57, 250),
      offsetMinutes: 480,
    });
    expect(iso('2011-03-01')).toEqual({ wallMs: Date.UTC(2011, 2, 1), offsetMinutes: null });
    expect(() => compileDateFormat('hh:mm DD/MM/YYYY')).toThrow(/dateFormat/);
  });

  it('places wall-clock times of any zone, across daylight-saving changes', () => {
    const newYork = new ZonedClock('America/New_York');
    expect(newYork.instantOf(Date.UTC(2011, 2, 1, 14, 27, 57))).toBe(Date.UTC(2011, 2, 1, 19, 27, 57));
    expect(newYork.instantOf(Date.UTC(2011, 2, 14, 9))).toBe(Date.UTC(2011, 2, 14, 13));
    // 02:30 on 13 March 2011 never happened in New York: read as 03:30 EDT.
    expect(newYork.instantOf(Date.UTC(2011, 2, 13, 2, 30))).toBe(Date.UTC(2011, 2, 13, 7, 30));
    // 01:30 on 6 November 2011 happened twice: the first (EDT).
    expect(newYork.instantOf(Date.UTC(2011, 10, 6, 1, 30))).toBe(Date.UTC(2011, 10, 6, 5, 30));
    expect(new ZonedClock('Asia/Shanghai').instantOf(Date.UTC(2026, 0, 1, 8))).toBe(Date.UTC(2026, 0, 1, 0));
    expect(() => new ZonedClock('Mars/Olympus')).toThrow(/IANA/);
  });
});

describe('the event chain a row supports', () => {
  const hour = 3_600_000;

  it('implies the steps a 311 system does not record: dispatched when created, handled when closed', () => {
    const closed = importedChain({ reportedAt: 0, closedAt: 5 * hour });
    expect(closed.ok && closed.events.map((event) => [event.action, event.at])).toEqual([
      ['REPORT', 0],
      ['ACCEPT', 0],
      ['FILE', 0],
      ['DISPATCH', 0],
      ['HANDLE', 5 * hour],
      ['CHECK_PASS', 5 * hour],
      ['CLOSE', 5 * hour],
    ]);
    const open = importedChain({ reportedAt: 0, closedAt: null });
    expect(open.ok && open.status).toBe('DISPATCHED');
  });

  it('ends at an empty mapped step, and refuses gaps and steps out of order', () => {
    const filed = importedChain({ reportedAt: 0, acceptedAt: hour, filedAt: 2 * hour, dispatchedAt: null });
    expect(filed.ok && filed.status).toBe('FILED');
    expect(importedChain({ reportedAt: 0, dispatchedAt: null, closedAt: hour })).toEqual({
      ok: false,
      field: 'dispatchedAt',
      code: 'TIMESTAMP_GAP',
    });
    expect(importedChain({ reportedAt: hour, closedAt: 0 })).toEqual({
      ok: false,
      field: 'closedAt',
      code: 'TIMES_OUT_OF_ORDER',
    });
  });
});
