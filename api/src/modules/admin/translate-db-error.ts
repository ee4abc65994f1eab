import { DomainError } from '../../errors/domain-error.js';

/** The input field each unique index guards, for CONFLICT's details.field. */
const uniqueFields: Record<string, string> = {
  category_kind_code_key: 'code',
  filing_condition_category_id_code_key: 'code',
  department_code_key: 'code',
  component_code_key: 'code',
  responsibility_rule_category_id_area_code_key: 'areaCode',
  app_user_username_key: 'username',
};

/** Readable messages for the hand-written check constraints (triggers raise readable ones themselves). */
const checkMessages: Record<string, { field: string; message: string }> = {
  category_code_shape: { field: 'code', message: 'A major class code is 2 digits, a minor class code 4 digits.' },
  filing_condition_code_shape: { field: 'code', message: 'A filing condition code is 2 digits.' },
  filing_condition_limit_positive: { field: 'timeLimitAmount', message: 'The time limit must be above 0.' },
  filing_condition_duplicate_range: {
    field: 'duplicateRadiusM',
    message: 'The duplicate radius must be 0-5000 m and the window 0-8760 hours.',
  },
  step_time_limit_positive: { field: 'amount', message: 'The time limit must be above 0.' },
  component_code_shape: { field: 'code', message: 'A component code is 16 digits.' },
  responsibility_rule_area_code_shape: { field: 'areaCode', message: 'An area code is 6, 9, 12 or 15 digits.' },
};

interface AdapterCause {
  kind?: string;
  code?: string;
  originalCode?: string;
  message?: string;
  originalMessage?: string;
  constraint?: { index?: string; fields?: string[] };
}

/** The driver adapter's description of a PostgreSQL error inside a Prisma error, if there is one. */
function causeOf(error: unknown): AdapterCause | null {
  if (typeof error !== 'object' || error === null || !('meta' in error)) return null;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } }).meta;
  return meta?.driverAdapterError?.cause ?? null;
}

/**
 * Turns a database refusal into a coded error a client can act on: a unique index into CONFLICT
 * naming the field, a check or trigger into BAD_REQUEST with a readable message, a missing referenced
 * row into NOT_FOUND, a referenced row into IN_USE. Anything else is returned as it was (and masked
 * for the client). Prisma's text never reaches a client.
 */
export function translateDbError(error: unknown): unknown {
  if (DomainError.is(error)) return error;
  const cause = causeOf(error);
  const code = cause?.originalCode ?? cause?.code;
  if (!cause || !code) return error;
  const message = cause.message ?? cause.originalMessage ?? '';
  if (code === '23505') {
    const index = cause.constraint?.index ?? '';
    const field = uniqueFields[index] ?? cause.constraint?.fields?.[0] ?? 'code';
    return new DomainError('CONFLICT', `That ${field} is already taken.`, { field });
  }
  if (code === '23514') {
    const constraint = /check constraint "([^"]+)"/.exec(message)?.[1];
    const known = constraint ? checkMessages[constraint] : undefined;
    if (known) return new DomainError('BAD_REQUEST', known.message, { field: known.field });
    // A trigger's own message names the rule (e.g. "minor class 0301 must extend …").
    return new DomainError('BAD_REQUEST', `Refused: ${message || 'a data rule was violated'}.`);
  }
  if (code === '23503') {
    const isDelete = /update or delete on table/.test(message);
    return isDelete
      ? new DomainError('IN_USE', 'Other records still refer to this one; deactivate it instead.')
      : new DomainError('NOT_FOUND', 'A referenced record does not exist (any more).');
  }
  return error;
}

/** Runs `work`, translating what the database refuses (see translateDbError). */
export async function withDbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translateDbError(error);
  }
}
