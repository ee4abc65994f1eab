import { z } from 'zod';
import { DomainError } from '../../errors/domain-error.js';

/** The steps a mapping may give its own time limit (HANDLE overrides the filing condition's). */
export const limitedSteps = ['ACCEPT', 'FILE', 'DISPATCH', 'HANDLE', 'CHECK', 'CLOSE'] as const;
export type LimitedStep = (typeof limitedSteps)[number];

const columnName = z.string().trim().min(1);
const timeLimit = z.object({
  amount: z.number().positive().max(10_000),
  unit: z.enum(['WORK_HOURS', 'WORK_DAYS', 'NATURAL_HOURS', 'NATURAL_DAYS']),
});

/**
 * How a legacy system's CSV becomes gridloop cases: which column holds each field, how its dates
 * read, and what its category and department values mean here. docs/history-import.md describes
 * every field with the NYC 311 example.
 */
const mappingSchema = z.strictObject({
  /** Names the legacy system; external refs are `<sourceSystem>:<legacy id>`, so re-runs match. */
  sourceSystem: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'letters, digits, _ . or -, at most 40'),
  /** IANA zone the file's wall-clock dates are in (default: the deployment's TIME_ZONE). */
  timeZone: z.string().trim().min(1).optional(),
  /** Token pattern (YYYY MM M DD D HH H hh h mm ss SSS A) or 'ISO'; default 'ISO'. */
  dateFormat: z.string().trim().min(1).default('ISO'),
  /** The datum of the coordinates: WGS84 (GPS) or GCJ02 (AMap, converted on import). */
  crs: z.enum(['WGS84', 'GCJ02']).default('WGS84'),
  columns: z.strictObject({
    externalId: columnName,
    reportedAt: columnName,
    acceptedAt: columnName.optional(),
    filedAt: columnName.optional(),
    dispatchedAt: columnName.optional(),
    handledAt: columnName.optional(),
    closedAt: columnName.optional(),
    category: columnName,
    department: columnName,
    longitude: columnName,
    latitude: columnName,
    address: columnName.optional(),
    /** One column, or several joined with " — " (empty cells left out). */
    description: z.union([columnName, z.array(columnName).min(1).max(10)]).optional(),
  }),
  /** Legacy category value → service code of a minor class (E0406, C0115), optionally /condition (E0406/02). */
  categories: z.record(z.string(), z.string().regex(/^[EC]\d{4}(\/\d{2})?$/, 'like E0406 or E0406/02')),
  /** Legacy department value → gridloop department code. */
  departments: z.record(z.string(), z.string().trim().min(1)),
  /**
   * Deadlines of the imported steps: 'catalog' (filing condition and step_time_limit), explicit limits
   * per step, or none (omitted): events then carry no deadline and met_deadline stays null.
   */
  timeLimits: z.union([z.literal('catalog'), z.partialRecord(z.enum(limitedSteps), timeLimit)]).optional(),
});

export type HistoryMapping = z.infer<typeof mappingSchema>;
export type MappedField = keyof HistoryMapping['columns'];

/** The mapping as sent (JSON); BAD_REQUEST naming the first wrong field otherwise. */
export function parseHistoryMapping(value: unknown): HistoryMapping {
  const parsed = mappingSchema.safeParse(typeof value === 'string' ? parseJson(value) : value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = ['mapping', ...(issue?.path ?? [])].join('.');
  throw new DomainError('BAD_REQUEST', `${path}: ${issue?.message ?? 'invalid'}`, { field: path });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError('BAD_REQUEST', 'The mapping is not valid JSON.', { field: 'mapping' });
  }
}
