import { createPrismaClient, directQuery, directTransaction, type PrismaClient, pg } from '@gridloop/prisma';
import { Prisma } from '@gridloop/prisma/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// not part of the package's API: the unnamed path runs only past the named-statement cap
import { BoundExecution } from '../../prisma/src/bound-execution.js';

const databaseUrl = inject('databaseUrl');

/** One value of each type the hot statements read, bound as parameters where a report's values are. */
const typedRow = (id: number, at: Date) => Prisma.sql`
  SELECT ${id}::int AS id, ${id / 4}::float8 AS ratio, ${id % 2 === 0}::bool AS even, ${`grid ${id}`}::text AS label,
    ${null}::text AS missing, '\\x0102ff'::bytea AS bytes, json_build_object('id', ${id}::int) AS payload,
    9007199254740993::int8 AS big, ${at}::timestamptz = '2026-11-26T08:00:00Z'::timestamptz AS same_instant`;

const expectedRow = (id: number) => ({
  id,
  ratio: id / 4,
  even: id % 2 === 0,
  label: `grid ${id}`,
  missing: null,
  bytes: Buffer.from([1, 2, 255]),
  payload: { id },
  big: '9007199254740993',
  same_instant: true,
});

describe('directQuery and directTransaction (named prepared statements on the client’s pool)', () => {
  const statements: string[] = [];
  let prisma: PrismaClient;
  const at = new Date('2026-11-26T08:00:00Z');

  beforeAll(async () => {
    prisma = createPrismaClient({ databaseUrl, maxConnections: 3, onQuery: (sql) => statements.push(sql) });
    await prisma.$executeRawUnsafe(
      'CREATE TABLE IF NOT EXISTS direct_query_probe (code text CONSTRAINT direct_query_probe_code PRIMARY KEY)',
    );
  });

  afterAll(async () => {
    await prisma.$executeRawUnsafe('DROP TABLE IF EXISTS direct_query_probe');
    await prisma.$disconnect();
  });

  it('reads every column type the same on the first run (described) as on every later run (not described)', async () => {
    // 12 runs over 3 connections: each connection describes the statement once, then only binds and executes
    const runs = await Promise.all(Array.from({ length: 12 }, (_, i) => directQuery(prisma, typedRow(i + 1, at))));
    runs.forEach((rows, i) => {
      expect(rows).toEqual([expectedRow(i + 1)]);
    });
    const again = await directQuery(prisma, typedRow(7, at));
    expect(again).toEqual([expectedRow(7)]);
  });

  it('binds each Date as the instant it holds: repeated, distinct, changed in place', async () => {
    const first = new Date('2026-11-26T08:00:00.123Z');
    const later = new Date('2026-11-26T09:30:00.456Z');
    const instants = (a: Date, b: Date, c: Date) =>
      directQuery<{ a: string; b: string; c: string }>(
        prisma,
        Prisma.sql`SELECT to_json(${a}::timestamptz)#>>'{}' AS a, to_json(${b}::timestamptz)#>>'{}' AS b,
          to_json(${c}::timestamptz)#>>'{}' AS c`,
      );
    const utc = (date: Date) => date.toISOString().replace('Z', '+00:00');
    expect(await instants(first, first, later)).toEqual([{ a: utc(first), b: utc(first), c: utc(later) }]);
    const clock = new Date(first);
    expect(await instants(clock, clock, clock)).toEqual([{ a: utc(first), b: utc(first), c: utc(first) }]);
    clock.setTime(later.getTime());
    expect(await instants(clock, first, clock)).toEqual([{ a: utc(later), b: utc(first), c: utc(later) }]);
  });

  it('reports each statement to the query hook with its $n text', async () => {
    statements.length = 0;
    await directQuery(prisma, Prisma.sql`SELECT ${1}::int AS one`);
    expect(statements).toEqual(['SELECT $1::int AS one']);
  });

  it('tells statements apart that differ only inside a nested fragment', async () => {
    const wrapped = (inner: Prisma.Sql) => Prisma.sql`SELECT ${inner} AS value`;
    expect(await directQuery(prisma, wrapped(Prisma.sql`${2}::int + 1`))).toEqual([{ value: 3 }]);
    // the same length and the same parts around it: only the fragment's own text tells them apart
    expect(await directQuery(prisma, wrapped(Prisma.sql`${2}::int - 1`))).toEqual([{ value: 1 }]);
    expect(await directQuery(prisma, wrapped(Prisma.sql`${2}::text || 'x'`))).toEqual([{ value: '2x' }]);
    expect(await directQuery(prisma, wrapped(Prisma.sql`${5}::int + 1`))).toEqual([{ value: 6 }]);
  });

  it('rejects with PostgreSQL’s coded error, and the connection serves the next statement', async () => {
    const divide = (by: number) => Prisma.sql`SELECT 1 / ${by}::int AS quotient`;
    for (let i = 0; i < 4; i += 1) {
      await expect(directQuery(prisma, divide(0))).rejects.toMatchObject({ code: '22012' });
    }
    expect(await directQuery(prisma, divide(1))).toEqual([{ quotient: 1 }]);
    // a statement PostgreSQL cannot parse is never marked prepared: each try fails alike
    for (let i = 0; i < 2; i += 1) {
      await expect(directQuery(prisma, Prisma.sql`SELEC ${i}::int AS typo`)).rejects.toMatchObject({ code: '42601' });
    }
  });

  it('names the constraint a write violated', async () => {
    const insert = (code: string) =>
      Prisma.sql`INSERT INTO direct_query_probe (code) VALUES (${code}::text) RETURNING code`;
    expect(await directQuery(prisma, insert('a'))).toEqual([{ code: 'a' }]);
    await expect(directQuery(prisma, insert('a'))).rejects.toMatchObject({
      code: '23505',
      constraint: 'direct_query_probe_code',
    });
    expect(await directQuery(prisma, insert('b'))).toEqual([{ code: 'b' }]);
  });

  it('refuses a value it cannot convert before anything runs, and the statement still works after', async () => {
    const echo = (value: unknown) => Prisma.sql`SELECT ${value}::text AS echoed`;
    const unconvertible = {
      toPostgres() {
        throw new Error('cannot be sent');
      },
    };
    for (let i = 0; i < 4; i += 1) {
      await expect(directQuery(prisma, echo(unconvertible))).rejects.toThrow('cannot be sent');
      expect(await directQuery(prisma, echo(`try ${i}`))).toEqual([{ echoed: `try ${i}` }]);
    }
  });

  it('commits a transaction’s statements together, and rolls all of them back when its work throws', async () => {
    const insert = (code: string) =>
      Prisma.sql`INSERT INTO direct_query_probe (code) VALUES (${code}::text) RETURNING code`;
    const count = async (prefix: string) => {
      const [row] = await directQuery<{ n: number }>(
        prisma,
        Prisma.sql`SELECT count(*)::int AS n FROM direct_query_probe WHERE code LIKE ${`${prefix}%`}::text`,
      );
      return row?.n;
    };
    await directTransaction(prisma, async (query) => {
      await query(insert('kept-1'));
      await query(insert('kept-2'));
    });
    expect(await count('kept-')).toBe(2);
    await expect(
      directTransaction(prisma, async (query) => {
        await query(insert('undone-1'));
        await query(insert('kept-1'));
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect(await count('undone-')).toBe(0);
  });

  it('survives the server dropping a checked-out connection: its work fails, the next statements run', async () => {
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      const dropped = directTransaction(prisma, async (query) => {
        const [own] = await query<{ pid: number }>(Prisma.sql`SELECT pg_backend_pid() AS pid, ${1}::int AS probe`);
        await admin.query('SELECT pg_terminate_backend($1)', [own?.pid]);
        // the socket closes while the connection is still checked out: the client emits the error
        await new Promise((resolve) => setTimeout(resolve, 200));
        return query(Prisma.sql`SELECT ${2}::int AS probe`);
      });
      await expect(dropped).rejects.toThrow();
      const after = await Promise.all([1, 2, 3, 4].map((id) => directQuery(prisma, typedRow(id, at))));
      expect(after.map((rows) => rows[0])).toEqual([1, 2, 3, 4].map(expectedRow));
    } finally {
      await admin.end();
    }
  });

  it('runs an unnamed statement (past the named-statement cap) parsed and described every time', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const run = (id: number) =>
        new Promise<unknown[]>((resolve, reject) => {
          const { text, values } = typedRow(id, at);
          client.query(
            new BoundExecution({ text, name: '' }, values, (error, rows) => (error ? reject(error) : resolve(rows))),
          );
        });
      expect(await run(3)).toEqual([expectedRow(3)]);
      expect(await run(4)).toEqual([expectedRow(4)]);
    } finally {
      await client.end();
    }
  });
});
