import { DomainError } from '../../errors/domain-error.js';

// Reading an export's query string: every problem is BAD_REQUEST naming the parameter, raised
// before a byte of the file is sent.

export type QueryValue = string | string[] | undefined;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function badRequest(field: string, message: string): never {
  throw new DomainError('BAD_REQUEST', message, { field });
}

export function single(field: string, value: QueryValue): string | undefined {
  if (Array.isArray(value)) badRequest(field, `${field} may be given once.`);
  return value === '' ? undefined : value;
}

export function listOf(value: QueryValue): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((item) => item.split(',')).filter((item) => item !== '');
}

export function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) badRequest(field, `${field} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}.`);
  return found;
}

export function positiveInteger(field: string, value: string): number {
  const number = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!(number > 0))
    badRequest(field, `${field} must be a positive whole number (an id), got ${JSON.stringify(value)}.`);
  return number;
}

/** A real calendar date: 2030-02-30 is refused, not rolled over into March. */
export function localDate(field: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const parsed = ISO_DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    badRequest(field, `${field} must be a date written YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}
