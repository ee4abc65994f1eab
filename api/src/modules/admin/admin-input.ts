import { DomainError } from '../../errors/domain-error.js';

// Input checks shared by the admin services. Each names the offending field in details.field, so a
// form can put the message next to the right box; nothing is written when one fails.

/** Throws BAD_REQUEST naming `field`. */
export function badRequest(field: string, message: string): never {
  throw new DomainError('BAD_REQUEST', message, { field });
}

/** NOT_FOUND for a referenced row, naming the input field that pointed at it. */
export function notFound(what: string, field: string, value: string | number): never {
  throw new DomainError('NOT_FOUND', `No ${what} ${JSON.stringify(value)}.`, { field });
}

/** A trimmed, non-empty text of at most `maxLength` characters. */
export function requiredText(value: string, field: string, maxLength = 200): string {
  const text = value.trim();
  if (text.length === 0) badRequest(field, `${field} must not be empty.`);
  if (text.length > maxLength) badRequest(field, `${field} must be at most ${maxLength} characters.`);
  return text;
}

/**
 * An optional text: undefined keeps the stored value (updates), null or blank clears it, anything
 * else is trimmed and length-checked.
 */
export function optionalText(
  value: string | null | undefined,
  field: string,
  maxLength = 200,
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value.trim().length === 0) return null;
  return requiredText(value, field, maxLength);
}

/** The value when it matches `pattern`, else BAD_REQUEST saying what was expected. */
export function requirePattern(value: string, pattern: RegExp, field: string, expected: string): string {
  if (!pattern.test(value)) badRequest(field, `${field} must be ${expected}, got ${JSON.stringify(value)}.`);
  return value;
}

/** A finite number in (0, max]: time limits and amounts. */
export function requirePositiveAmount(value: number, field: string, max: number): number {
  if (!Number.isFinite(value) || value <= 0 || value > max) {
    badRequest(field, `${field} must be a number above 0 and at most ${max}, got ${value}.`);
  }
  return value;
}

/** An integer in [min, max]. */
export function requireIntInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    badRequest(field, `${field} must be a whole number from ${min} to ${max}, got ${value}.`);
  }
  return value;
}

/** GraphQL gives null for an explicit null: for a required column it means "keep", like omitting it. */
export function keepIfNull<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

/** GraphQL's optional fields: omitted (undefined) or explicitly null. */
export type OptionalInput<T> = { [K in keyof T]?: T[K] | null };
