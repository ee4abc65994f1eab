/**
 * A time in the W3C subset of ISO 8601 the spec requires, in UTC, to the second.
 *
 * @example w3DatetimeOf(new Date('2030-03-04T01:00:00.123Z')) // '2030-03-04T01:00:00Z'
 */
export function w3DatetimeOf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
