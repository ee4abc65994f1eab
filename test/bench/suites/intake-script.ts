import { addWorkingTime, defaultWorkCalendar, localDateOf, warningInstant } from '@gridloop/geo';
import {
  type IntakeContext,
  insertCaseSql,
  intakeContextSql,
  type LngLatBox,
  type NewCaseRow,
  type Prisma,
} from '@gridloop/prisma';
import { bindPgbenchStatement } from '../harness/bind-pgbench-statement.js';

export interface IntakeScriptInput {
  /** Random points are drawn from a random one of these, which current unit grids cover completely. */
  boxes: readonly LngLatBox[];
  /** The session lookup every signed-in request runs, for the bench officer's token. */
  sessionLookup: Pick<Prisma.Sql, 'text' | 'values'>;
  /** The intake context of one sample report: the condition, step limits and so the constants. */
  sample: IntakeContext;
  reporterId: number;
  description: string;
  now: Date;
}

/** Values that vary per report, planted in the built statements to find their parameters. */
const vary = {
  lng: -991.25,
  lat: -992.25,
  key: 'bench:idempotency-key',
  unitGridId: -993,
  gridCode: 'bench:grid-code',
  communityId: -994,
  streetId: -995,
  districtId: -996,
  districtCode: 'bench:district-code',
  departmentId: -997,
} as const;

/** The pgbench variable each varying value becomes (`\set` for the point and key, `\gset` for the rest). */
const variableOf = new Map<unknown, string>([
  [vary.lng, 'lng'],
  [vary.lat, 'lat'],
  [vary.key, 'key'],
  [vary.unitGridId, 'g_unit_grid_id'],
  [vary.gridCode, 'g_grid_code'],
  [vary.communityId, 'g_community_id'],
  [vary.streetId, 'g_street_id'],
  [vary.districtId, 'g_district_id'],
  [vary.districtCode, 'g_district_code'],
  [vary.departmentId, 'g_department_id'],
]);

/**
 * One officer's report as a pgbench transaction, statement for statement what `reportCase` sends:
 * the session lookup, intakeContextSql and insertCaseSql, each autocommitted as the API runs them,
 * every value a bound parameter. Between the two intake statements the API reads the grid and picks
 * the department in JavaScript; here the context statement is wrapped (`OFFSET 0` keeps its plan its
 * own) to hand those values to `\gset`, with the routing order of suggestDepartment (most specific
 * area, then minor class, then lowest id; else the street office). Grids are assumed to have no
 * beat (责任网格), as synthetic grids do, so those columns are NULL like the API's values.
 */
export function intakeScript(input: IntakeScriptInput): { script: string; defines: Record<string, string> } {
  const session = bindPgbenchStatement(input.sessionLookup, { variables: variableOf, prefix: 's' });
  const context = bindPgbenchStatement(contextSql(input), { variables: variableOf, prefix: 'c' });
  const insert = bindPgbenchStatement(insertSql(input), { variables: variableOf, prefix: 'i' });
  const script = [
    `\\set box random(0, ${input.boxes.length - 1})`,
    `\\set lng ${uniformIn(input.boxes, ([west, , east]) => [west, east])}`,
    `\\set lat ${uniformIn(input.boxes, ([, south, , north]) => [south, north])}`,
    // unique per report, like the client's key (a 64-bit draw: a repeat is as likely as a UUID's)
    '\\set key random(1, 9223372036854775806)',
    `${session.text};`,
    `SELECT ctx.*, ${gridColumns} FROM (${context.text} OFFSET 0) ctx \\gset`,
    `${insert.text};`,
  ].join('\n');
  return { script, defines: { ...session.defines, ...context.defines, ...insert.defines } };
}

/** A pgbench expression: uniform (in a million steps) between the chosen box's bounds on one axis. */
function uniformIn(boxes: readonly LngLatBox[], axis: (box: LngLatBox) => [number, number]): string {
  const uniform = (box: LngLatBox) => {
    const [low, high] = axis(box);
    return `${low} + random(0, 1000000) * ${(high - low) / 1e6}`;
  };
  const cases = boxes.slice(0, -1).map((box, i) => `WHEN :box = ${i} THEN ${uniform(box)}`);
  const last = boxes.at(-1);
  if (!last) throw new Error('intakeScript needs at least one box');
  return `CASE ${cases.join(' ')} ELSE ${uniform(last)} END`;
}

const gridColumns = [
  ...['unit_grid_id', 'grid_code', 'community_id', 'street_id', 'district_id', 'district_code'].map(
    (field) => `ctx.grid->>'${field}' AS g_${field}`,
  ),
  `COALESCE((SELECT (r->>'departmentId')::int FROM json_array_elements(ctx.rules) r
    ORDER BY length(r->>'areaCode') DESC, (r->>'isMinorClass')::boolean DESC, (r->>'departmentId')::int LIMIT 1),
    ctx.street_office_id) AS g_department_id`,
]
  .join(', ')
  .replace(/\s*\n\s*/g, ' ');

function contextSql({ sample, reporterId, now }: IntakeScriptInput) {
  const sql = intakeContextSql({
    point: [vary.lng, vary.lat],
    filingConditionId: conditionOf(sample).id,
    source: 'OFFICER',
    reporterId,
    idempotencyKey: vary.key,
    componentCode: null,
    now,
  });
  return assertPlanted(sql, 'intakeContextSql', [vary.lng, vary.lat, vary.key]);
}

function insertSql({ sample, reporterId, description, now }: IntakeScriptInput) {
  const condition = conditionOf(sample);
  const limit = sample.stepLimits.ACCEPT ?? null;
  const calendar = defaultWorkCalendar;
  const row: NewCaseRow = {
    source: 'OFFICER',
    status: 'REPORTED',
    action: 'REPORT',
    localDate: localDateOf(now, calendar.timeZone),
    districtCode: vary.districtCode,
    categoryId: condition.categoryId,
    filingConditionId: condition.id,
    point: [vary.lng, vary.lat],
    address: null,
    description,
    unitGridId: vary.unitGridId,
    gridCode: vary.gridCode,
    communityId: vary.communityId,
    streetId: vary.streetId,
    districtId: vary.districtId,
    responsibilityGridId: null,
    beatCode: null,
    componentId: null,
    reporterId,
    actorRole: 'OFFICER',
    reporterName: null,
    reporterContact: null,
    externalRef: null,
    idempotencyKey: vary.key,
    suggestedDepartmentId: vary.departmentId,
    step: 'ACCEPT',
    stepLimitAmount: limit?.amount ?? null,
    stepLimitUnit: limit?.unit ?? null,
    stepWarnAt: limit ? warningInstant(calendar, now, limit.amount, limit.unit) : null,
    stepDeadlineAt: limit ? addWorkingTime(calendar, now, limit.amount, limit.unit) : null,
    handleLimitAmount: condition.timeLimitAmount,
    handleLimitUnit: condition.timeLimitUnit,
    now,
    photos: [],
  };
  return assertPlanted(insertCaseSql(row), 'insertCaseSql', Object.values(vary));
}

function conditionOf(sample: IntakeContext) {
  if (!sample.condition) throw new Error('the sample intake context found no filing condition');
  return sample.condition;
}

/** A builder that stops binding a planted value would leave a sentinel in the script: refuse. */
function assertPlanted<T extends { values: unknown[] }>(sql: T, builder: string, planted: readonly unknown[]): T {
  const missing = planted.filter((value) => !sql.values.includes(value));
  if (missing.length > 0) throw new Error(`${builder} no longer binds ${missing.join(', ')}: update intakeScript`);
  return sql;
}
