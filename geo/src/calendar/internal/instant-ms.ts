/**
 * The epoch milliseconds of a Date argument; `what` names it in the message.
 * @throws {RangeError} for anything but a valid Date, so an Invalid Date never turns into NaN
 *   deadlines downstream
 */
export function instantMs(value: unknown, what: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) {
    const shown = value instanceof Date ? 'Invalid Date' : (JSON.stringify(value) ?? String(value));
    throw new RangeError(`${what} must be a valid Date, got ${shown}`);
  }
  return ms;
}

/**
 * A Date from epoch ms, refusing results beyond the Date range (±8.64e15 ms). `what` names the
 * result only when it is refused: the callers' descriptions format a Date, which every deadline
 * computed on a report would otherwise pay for.
 */
export function toDate(ms: number, what: () => string): Date {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${what()} falls outside the range of dates`);
  return date;
}
