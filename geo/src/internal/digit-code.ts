/** Checks shared by the code parsers: a string of ASCII digits of an allowed length. */

/**
 * Throws unless `value` is a string of digits whose length is one of `lengths`.
 * `what` names the value in the message, e.g. 'area code'.
 */
export function assertDigitCode(value: unknown, what: string, lengths: readonly number[]): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${what} must be a string of digits, got ${typeof value} ${String(value)}`);
  }
  if (!/^[0-9]+$/.test(value)) {
    throw new RangeError(`${what} must contain only digits 0-9, got ${JSON.stringify(value)}`);
  }
  if (!lengths.includes(value.length)) {
    const allowed = lengths.join(', ').replace(/, (\d+)$/, ' or $1');
    throw new RangeError(`${what} must have ${allowed} digits, got ${value.length}: ${JSON.stringify(value)}`);
  }
}

/** Whether a segment of a code is all zeros ('00', '000'). */
export function isZeroSegment(segment: string): boolean {
  return /^0+$/.test(segment);
}
