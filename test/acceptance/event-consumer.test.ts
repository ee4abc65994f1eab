import { type ConsumedCaseEvent, consumeCaseEvents } from '@gridloop/prisma';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';

// The event log's consumers (metrics rollups, webhooks) must see every committed event exactly
// once, even when transactions commit in another order than they took their event ids.

const report = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId } }`;

let loop: CaseLoopApi;
let caseId: number;

beforeAll(async () => {
  loop = await startCaseLoopApi();
  const point = await loop.pointIn('310101002', 1);
  const registered = await loop.ok<{ reportCase: { caseId: string } }>('operator', report, {
    input: {
      source: 'HOTLINE',
      lng: point.lng,
      lat: point.lat,
      filingConditionId: (await loop.conditionOf('施工扰民')).id,
      description: '夜间施工噪声',
    },
  });
  caseId = Number(registered.reportCase.caseId);
}, 120_000);
afterAll(() => loop?.close());

/** Adds a note to the case as the given connection (in whatever transaction it has open). */
async function comment(client: pg.Client, note: string): Promise<void> {
  await client.query(
    `INSERT INTO case_event (case_id, action, from_status, to_status, note, occurred_at)
     VALUES ($1, 'COMMENT', 'PENDING_VERIFY', 'PENDING_VERIFY', $2, now())`,
    [caseId, note],
  );
}

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: loop.databaseUrl });
  await client.connect();
  return client;
}

async function consume(name: string, limit?: number): Promise<ConsumedCaseEvent[]> {
  const seen: ConsumedCaseEvent[] = [];
  await consumeCaseEvents(
    loop.api.prisma,
    name,
    async (events) => {
      seen.push(...events);
    },
    limit === undefined ? {} : { limit },
  );
  return seen;
}

async function notesOf(events: ConsumedCaseEvent[]): Promise<(string | null)[]> {
  const rows = await loop.api.prisma.caseEvent.findMany({
    where: { id: { in: events.map((event) => BigInt(event.id)) } },
    select: { id: true, note: true },
  });
  const noteById = new Map(rows.map((row) => [row.id.toString(), row.note]));
  return events.map((event) => noteById.get(event.id) ?? null);
}

describe('consuming the case event log', () => {
  it('holds back events behind a transaction still open, and delivers both once it commits', async () => {
    const first = await consume('ordering');
    expect(first.map((event) => event.action)).toEqual(['RECEIVE']);

    const early = await connect();
    const late = await connect();
    try {
      await early.query('BEGIN');
      await comment(early, 'early'); // takes the lower event id and transaction id, commits last
      await comment(late, 'late'); // autocommit: committed first, behind the open transaction
      expect(await consume('ordering')).toEqual([]);

      await early.query('COMMIT');
      const next = await consume('ordering');
      expect(await notesOf(next)).toEqual(['early', 'late']);
      expect(await consume('ordering')).toEqual([]);
    } finally {
      await early.end();
      await late.end();
    }
  });

  it('resumes inside a large transaction when a batch is cut by the limit', async () => {
    const client = await connect();
    try {
      await consume('batches');
      await client.query('BEGIN');
      for (const note of ['b1', 'b2', 'b3', 'b4', 'b5']) await comment(client, note);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    const batches = [await consume('batches', 2), await consume('batches', 2), await consume('batches', 2)];
    expect(await Promise.all(batches.map(notesOf))).toEqual([['b1', 'b2'], ['b3', 'b4'], ['b5']]);
  });

  it('consumes nothing when the handler fails, so the events come again', async () => {
    const client = await connect();
    try {
      await consume('failing');
      await comment(client, 'retry me');
    } finally {
      await client.end();
    }
    await expect(
      consumeCaseEvents(loop.api.prisma, 'failing', async () => {
        throw new Error('rollup failed');
      }),
    ).rejects.toThrow('rollup failed');
    expect(await notesOf(await consume('failing'))).toEqual(['retry me']);
  });

  it('lets two workers of one consumer take turns without delivering an event twice', async () => {
    const client = await connect();
    try {
      await consume('turns');
      for (const note of ['t1', 't2', 't3']) await comment(client, note);
    } finally {
      await client.end();
    }
    const [a, b] = await Promise.all([consume('turns'), consume('turns')]);
    expect((await notesOf([...a, ...b])).sort()).toEqual(['t1', 't2', 't3']);
  });
});
