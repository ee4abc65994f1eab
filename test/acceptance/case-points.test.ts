import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseLoopApi, startCaseLoopApi } from '../src/fixtures/case-loop-api.js';

// The case map's `casePoints`: clusters that add up to the visible cases, the queues' visibility,
// coded errors for bad viewports, and the cap with 10^5 open cases (copied by SQL, timings logged).

const casePoints = /* GraphQL */ `
  query($bbox: BoundingBoxInput!, $zoom: Float!, $filter: CasePointFilter) {
    casePoints(bbox: $bbox, zoom: $zoom, filter: $filter) {
      total isTruncated
      clusters { lng lat count green yellow red west south east north }
      points { id code status light lng lat }
    }
  }`;
const report = `mutation($input: ReportCaseInput!) { reportCase(input: $input) { caseId } }`;
const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { version } }`;

interface Answer {
  casePoints: {
    total: number;
    isTruncated: boolean;
    clusters: { lng: number; lat: number; count: number; green: number; yellow: number; red: number }[];
    points: { id: string; code: string; status: string; light: string | null; lng: number; lat: number }[];
  };
}

/** 黄浦区 with a margin, wide enough for every demo grid. */
const huangpuBox = { west: 121.43, south: 31.18, east: 121.53, north: 31.26 };
/** A block of the bulk cases' area, small enough for street zoom (2,800 px wide at zoom 17). */
const blockBox = { west: 121.46, south: 31.2, east: 121.49, north: 31.23 };
const bulkCount = 100_000;
/** Around the reported cases, set once they exist: street zoom needs a box the size of a screen. */
let streetBox = huangpuBox;

let loop: CaseLoopApi;
const reported: string[] = [];
const points: { lng: number; lat: number }[] = [];

beforeAll(async () => {
  loop = await startCaseLoopApi();
  const condition = await loop.conditionOf('施工扰民'); // needs no photo
  const departments = await loop.api.prisma.department.findMany({ orderBy: { code: 'asc' } });
  const handlerDepartment = departments.find((department) => department.code === 'HP-HWZX');
  const otherDepartment = departments.find((department) => department.code !== 'HP-HWZX');
  if (!handlerDepartment || !otherDepartment) throw new Error('demo departments missing');
  // Four grids of the demo officer's street (an officer reports only inside their area).
  for (const index of [0, 5, 10, 15]) {
    const point = await loop.pointIn('310101002', index);
    points.push(point);
    const { reportCase } = await loop.ok<{ reportCase: { caseId: string } }>('officer', report, {
      input: { lng: point.lng, lat: point.lat, filingConditionId: condition.id, description: `地图测试 ${index}` },
    });
    reported.push(reportCase.caseId);
  }
  const margin = 0.002;
  streetBox = {
    west: Math.min(...points.map((point) => point.lng)) - margin,
    south: Math.min(...points.map((point) => point.lat)) - margin,
    east: Math.max(...points.map((point) => point.lng)) + margin,
    north: Math.max(...points.map((point) => point.lat)) + margin,
  };
  // The first two go to the handler's department and the next to another one: the handler sees two.
  for (const [index, caseId] of reported.slice(0, 3).entries()) {
    let version = 1;
    const department = index < 2 ? handlerDepartment : otherDepartment;
    for (const [role, action] of [
      ['operator', 'ACCEPT'],
      ['shiftlead', 'FILE'],
      ['dispatcher', 'DISPATCH'],
    ] as const) {
      const extra = action === 'DISPATCH' ? { departmentId: department.id } : {};
      const done = await loop.ok<{ actOnCase: { version: number } }>(role, act, {
        input: { caseId, version, action, note: '地图测试', ...extra },
      });
      version = done.actOnCase.version;
    }
  }
}, 180_000);
afterAll(() => loop?.close());

function countOf(answer: Answer['casePoints']): number {
  return answer.clusters.reduce((sum, cluster) => sum + cluster.count, 0) + answer.points.length;
}

describe('casePoints', () => {
  it('clusters at city zoom add up to the visible open cases, with their lights', async () => {
    const { casePoints: answer } = await loop.ok<Answer>('dispatcher', casePoints, { bbox: huangpuBox, zoom: 11 });
    expect(answer.total).toBe(4);
    expect(countOf(answer)).toBe(4);
    expect(answer.isTruncated).toBe(false);
    for (const cluster of answer.clusters) {
      expect(cluster.green + cluster.yellow + cluster.red).toBe(cluster.count); // every open case runs a clock
    }
  });

  it('answers one point per case at street zoom, with the light the queues show', async () => {
    const { casePoints: answer } = await loop.ok<Answer>('dispatcher', casePoints, { bbox: streetBox, zoom: 17 });
    expect(answer.clusters).toEqual([]);
    expect(answer.points.map((point) => point.id).sort()).toEqual([...reported].sort());
    const queue = await loop.ok<{ cases: { id: string; light: string | null; lng: number; lat: number }[] }>(
      'dispatcher',
      'query { cases(queue: OPEN, first: 100) { id light lng lat } }',
    );
    for (const point of answer.points) {
      const listed = queue.cases.find((row) => row.id === point.id);
      expect(point).toMatchObject({ light: listed?.light, lng: listed?.lng, lat: listed?.lat });
    }
  });

  it('filters by status and light, and counts lights per cluster', async () => {
    const dispatched = await loop.ok<Answer>('dispatcher', casePoints, {
      bbox: streetBox,
      zoom: 17,
      filter: { statuses: ['DISPATCHED'] },
    });
    expect(dispatched.casePoints.total).toBe(3);
    // One case overdue and one past its warning, by moving their step instants (the clock stays:
    // advancing it would end the test sessions too).
    const now = loop.clock.now().getTime();
    const at = (hours: number) => new Date(now + hours * 3_600_000);
    await loop.api.prisma.case.update({
      where: { id: Number(reported[0]) },
      data: { stepWarnAt: at(-2), stepDeadlineAt: at(-1) },
    });
    await loop.api.prisma.case.update({
      where: { id: Number(reported[1]) },
      data: { stepWarnAt: at(-1), stepDeadlineAt: at(1) },
    });
    for (const [light, ids] of [
      ['RED', [reported[0]]],
      ['YELLOW', [reported[1]]],
      ['GREEN', reported.slice(2)],
    ] as const) {
      const answer = await loop.ok<Answer>('dispatcher', casePoints, { bbox: streetBox, zoom: 17, filter: { light } });
      expect(answer.casePoints.points.map((point) => point.id).sort()).toEqual([...ids].sort());
      expect(answer.casePoints.points.every((point) => point.light === light)).toBe(true);
    }
    const city = await loop.ok<Answer>('dispatcher', casePoints, { bbox: huangpuBox, zoom: 8 });
    const { clusters, points: single } = city.casePoints;
    const lights = (key: 'green' | 'yellow' | 'red') =>
      clusters.reduce((n, cluster) => n + cluster[key], 0) +
      single.filter((point) => point.light === key.toUpperCase()).length;
    expect([lights('green'), lights('yellow'), lights('red')]).toEqual([2, 1, 1]);
  });

  it('shows a handler only the cases of their department', async () => {
    const { casePoints: answer } = await loop.ok<Answer>('handler', casePoints, { bbox: streetBox, zoom: 17 });
    expect(answer.points.map((point) => point.id).sort()).toEqual(reported.slice(0, 2).sort());
  });

  it('wants a signed-in viewer', async () => {
    const response = await fetch(`${loop.api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: casePoints, variables: { bbox: huangpuBox, zoom: 11 } }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an inverted box', { ...huangpuBox, west: 121.6 }, 11],
    ['a latitude out of range', { ...huangpuBox, north: 95 }, 11],
    ['swapped coordinates', { west: 31.18, south: 121.43, east: 31.26, north: 121.53 }, 11],
    ['a negative zoom', huangpuBox, -1],
    ['a zoom above 22', huangpuBox, 23],
    ['the world at street zoom', { west: -180, south: -80, east: 180, north: 80 }, 15],
  ])('refuses %s with BAD_REQUEST', async (_name, bbox, zoom) => {
    const answer = await loop.as<Answer>('dispatcher', casePoints, { bbox, zoom });
    expect(answer.code).toBe('BAD_REQUEST');
  });

  it(`stays under the cap with ${bulkCount} open cases`, async () => {
    const started = performance.now();
    await copyCase(Number(reported[3]), bulkCount);
    console.log(`inserted ${bulkCount} cases in ${Math.round(performance.now() - started)} ms`);
    const expected = await loop.api.prisma.case.count(); // every case here is open

    for (const zoom of [11, 13, 15]) {
      const before = performance.now();
      const { casePoints: answer } = await loop.ok<Answer>('dispatcher', casePoints, { bbox: huangpuBox, zoom });
      const ms = Math.round(performance.now() - before);
      const items = answer.clusters.length + answer.points.length;
      console.log(`casePoints zoom ${zoom}: ${items} items (${answer.clusters.length} clusters), ${ms} ms`);
      expect(items).toBeLessThanOrEqual(2_000);
      expect(answer.total).toBe(expected);
      if (!answer.isTruncated) expect(countOf(answer)).toBe(expected);
    }
    const before = performance.now();
    const street = await loop.ok<Answer>('dispatcher', casePoints, { bbox: blockBox, zoom: 17 });
    console.log(
      `casePoints zoom 17 (a block): ${street.casePoints.total} cases, ${Math.round(performance.now() - before)} ms`,
    );
    expect(street.casePoints.isTruncated).toBe(true);
    expect(street.casePoints.points).toHaveLength(2_000);
    const city = await loop.ok<Answer>('dispatcher', casePoints, { bbox: huangpuBox, zoom: 11 });
    expect(city.casePoints.isTruncated).toBe(false);
  }, 120_000);
});

/**
 * Copies one case `count` times, each copy at a random point of 黄浦区. The trigger that wants an
 * event for every new case is off for this one insert: the copies are map load, not case history,
 * and 10^5 checked rows with their events take a minute on a small machine.
 */
async function copyCase(caseId: number, count: number): Promise<void> {
  const columns = await loop.api.prisma.$queryRaw<{ name: string }[]>`
    SELECT column_name AS name FROM information_schema.columns
    WHERE table_name = 'case_record' AND is_generated = 'NEVER'
      AND column_name NOT IN ('id', 'code', 'point', 'idempotency_key', 'external_ref')`;
  const list = columns.map(({ name }) => `"${name}"`).join(', ');
  const copied = columns.map(({ name }) => `c."${name}"`).join(', ');
  // One connection of its own: a Prisma transaction would time out on a loaded machine.
  const client = new pg.Client({ connectionString: loop.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE case_record DISABLE TRIGGER case_status_has_event');
    await client.query(
      `INSERT INTO case_record (code, point, ${list})
       SELECT '9' || lpad(g::text, 18, '0'),
         ST_SetSRID(ST_MakePoint(121.45 + random() * 0.06, 31.19 + random() * 0.06), 4326), ${copied}
       FROM case_record c, generate_series(1, $2::int) g WHERE c.id = $1::int`,
      [caseId, count],
    );
    await client.query('ALTER TABLE case_record ENABLE TRIGGER case_status_has_event');
    await client.query('COMMIT');
    await client.query('ANALYZE case_record');
  } finally {
    await client.end();
  }
}
