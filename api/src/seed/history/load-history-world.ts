import type { LngLat } from '@gridloop/geo';
import { type CaseStep, type pg, type TimeLimitUnit, workCalendarRowSql } from '@gridloop/prisma';
import { workCalendarOfRow } from '../../modules/calendar/work-calendar-of-row.js';
import { classWeights, componentWeight, defaultEventWeight, historyRates } from './history-rates.js';
import type { HistoryCondition, HistoryGrid, HistoryRule, HistoryWorld } from './history-world.js';
import { createRandom } from './random.js';
import { weightedTable } from './weighted-table.js';

export type PgClient = InstanceType<typeof pg.Client>;

/** Sample points kept per grid: enough for cases to spread over it, few enough for 10^5 grids. */
const pointsPerGrid = 4;

/**
 * Reads what a history is drawn from (see {@link HistoryWorld}): current unit grids of the districts
 * (all when none are named) with sample points, the active catalog, routing matrix, departments,
 * accounts, step limits and work calendar. Grid popularity follows a Zipf law over a permutation
 * drawn from the seed, so hotspots differ by seed but not by run.
 */
export async function loadHistoryWorld(
  client: PgClient,
  options: { seed: number; districts: readonly string[] | null; timeZone: string },
): Promise<HistoryWorld> {
  const districts = options.districts?.length ? [...options.districts] : null;
  const grids = await loadGrids(client, districts);
  if (!grids.length)
    throw new Error(`no current unit grid in ${districts?.join(', ') ?? 'the deployment'}: seed the demo city first`);
  const conditions = await loadConditions(client);
  if (!conditions.length)
    throw new Error('the category catalog has no active filing condition: seed the catalog first');
  const calendarSql = workCalendarRowSql();
  const [calendarRow] = (await client.query(calendarSql.text, calendarSql.values)).rows;
  if (!calendarRow) throw new Error('work_calendar_settings has no row 1: run the migrations');
  const districtCodes = districts ?? [...new Set(grids.map((grid) => grid.districtCode))];
  return {
    grids: zipfTable(grids, options.seed),
    conditions: weightedTable(
      conditions.map((entry) => entry.condition),
      conditions.map((entry) => entry.weight),
    ),
    rulesByCategory: await loadRules(client),
    departmentIds: await loadDepartments(client, districtCodes),
    actors: await loadActors(client),
    stepLimits: await loadStepLimits(client),
    calendar: workCalendarOfRow(calendarRow, options.timeZone),
  };
}

async function loadGrids(client: PgClient, districts: string[] | null): Promise<HistoryGrid[]> {
  const { rows } = await client.query(
    `SELECT g.id, g.code, g.community_id AS "communityId", s.id AS "streetId", d.id AS "districtId",
       d.code AS "districtCode", r.id AS "responsibilityGridId", r.code AS "beatCode",
       (SELECT min(o.id) FROM department o WHERE o.area_id = s.id AND o.type = 'STREET_OFFICE' AND o.is_active)
         AS "streetOfficeId",
       ARRAY(SELECT v FROM ST_Dump(ST_GeneratePoints(g.geom, $2, 1)) p,
         LATERAL (VALUES (1, ST_X(p.geom)), (2, ST_Y(p.geom))) AS xy(axis, v) ORDER BY p.path, xy.axis) AS xy
     FROM unit_grid g
     JOIN area c ON c.id = g.community_id
     JOIN area s ON s.id = c.parent_id
     JOIN area d ON d.id = s.parent_id
     LEFT JOIN responsibility_grid r ON r.id = g.responsibility_grid_id AND r.retired_at IS NULL
     WHERE g.retired_at IS NULL AND ($1::text[] IS NULL OR d.code = ANY($1::text[]))
     ORDER BY g.code`,
    [districts, pointsPerGrid],
  );
  return rows.map(({ xy, ...grid }) => {
    const points: LngLat[] = [];
    for (let index = 0; index + 1 < xy.length; index += 2) points.push([xy[index], xy[index + 1]]);
    return { ...grid, responsibilityGridId: grid.responsibilityGridId ?? null, points };
  });
}

/** Grid weights 1/r^s over a seeded shuffle of the grids (a few hotspots, a long quiet tail). */
function zipfTable(grids: HistoryGrid[], seed: number) {
  const random = createRandom(seed, 0);
  const shuffled = [...grids];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = random.int(index + 1);
    [shuffled[index], shuffled[other]] = [shuffled[other] as HistoryGrid, shuffled[index] as HistoryGrid];
  }
  return weightedTable(
    shuffled,
    shuffled.map((_, rank) => 1 / (rank + 1) ** historyRates.gridZipf),
  );
}

async function loadConditions(client: PgClient): Promise<{ condition: HistoryCondition; weight: number }[]> {
  const { rows } = await client.query(
    `SELECT f.id, f.category_id AS "categoryId", c.parent_id AS "majorCategoryId", c.kind::text AS kind,
       c.name AS "minorName", f.description, f.time_limit_amount AS "timeLimitAmount",
       f.time_limit_unit::text AS "timeLimitUnit", f.code,
       count(*) OVER (PARTITION BY f.category_id)::int AS siblings
     FROM filing_condition f JOIN category c ON c.id = f.category_id
     WHERE f.is_active AND c.is_active AND c.level = 'MINOR'
     ORDER BY c.kind, c.code, f.code`,
  );
  return rows.map(({ code, siblings, ...condition }) => {
    const classWeight =
      classWeights[condition.minorName] ?? (condition.kind === 'COMPONENT' ? componentWeight : defaultEventWeight);
    // The first condition of a class is its everyday case; the others share the rest.
    const share = code === '01' ? 0.6 : 0.4 / Math.max(1, siblings - 1);
    return { condition, weight: classWeight * (siblings === 1 ? 1 : share) };
  });
}

async function loadRules(client: PgClient): Promise<Map<number, HistoryRule[]>> {
  const { rows } = await client.query<HistoryRule>(
    `SELECT r.category_id AS "categoryId", r.area_code AS "areaCode", c.level = 'MINOR' AS "isMinorClass",
       r.department_id AS "departmentId"
     FROM responsibility_rule r
     JOIN category c ON c.id = r.category_id
     JOIN department d ON d.id = r.department_id AND d.is_active
     ORDER BY r.id`,
  );
  const byCategory = new Map<number, HistoryRule[]>();
  for (const rule of rows) byCategory.set(rule.categoryId, [...(byCategory.get(rule.categoryId) ?? []), rule]);
  return byCategory;
}

async function loadDepartments(client: PgClient, districtCodes: string[]): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>(
    `SELECT d.id FROM department d JOIN area a ON a.id = d.area_id
     WHERE d.is_active AND d.type <> 'STREET_OFFICE' AND left(a.code, 6) = ANY($1::text[])
     ORDER BY d.id`,
    [districtCodes],
  );
  return rows.map((row) => row.id);
}

async function loadActors(client: PgClient): Promise<HistoryWorld['actors']> {
  const { rows } = await client.query<{
    id: number;
    roles: string;
    departmentId: number | null;
    beatCode: string | null;
  }>(
    `SELECT id, roles::text AS roles, department_id AS "departmentId", beat_code AS "beatCode"
     FROM app_user WHERE is_active ORDER BY id`,
  );
  const withRole = (role: string) => rows.filter((row) => row.roles.replace(/[{}]/g, '').split(',').includes(role));
  const handlersByDepartment = new Map<number, number[]>();
  for (const handler of withRole('HANDLER')) {
    if (handler.departmentId === null) continue;
    handlersByDepartment.set(handler.departmentId, [
      ...(handlersByDepartment.get(handler.departmentId) ?? []),
      handler.id,
    ]);
  }
  return {
    officers: withRole('OFFICER').map(({ id, beatCode }) => ({ id, beatCode })),
    operators: withRole('OPERATOR').map((row) => row.id),
    shiftLeaders: withRole('SHIFT_LEADER').map((row) => row.id),
    dispatchers: withRole('DISPATCHER').map((row) => row.id),
    handlersByDepartment,
  };
}

async function loadStepLimits(client: PgClient): Promise<HistoryWorld['stepLimits']> {
  const { rows } = await client.query<{ step: CaseStep; amount: number; unit: TimeLimitUnit }>(
    'SELECT step::text, amount, unit::text FROM step_time_limit ORDER BY step',
  );
  return Object.fromEntries(rows.map(({ step, amount, unit }) => [step, { amount, unit }]));
}
