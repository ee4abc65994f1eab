/** A query string as Koa parses it: a repeated parameter arrives as an array. */
export type QueryValues = Record<string, string | string[] | undefined>;

/**
 * Every value of a parameter the spec lets clients repeat or comma-delimit (`status=open,closed` or
 * `status=open&status=closed`), trimmed, blanks dropped. An absent or empty parameter gives [] —
 * the spec treats an empty optional argument as a missing one.
 *
 * @example listValues({ status: ['open', 'closed, open'] }, 'status') // ['open', 'closed', 'open']
 */
export function listValues(query: QueryValues, name: string): string[] {
  const raw = query[name];
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return values.flatMap((value) => value.split(',').map((part) => part.trim())).filter((part) => part !== '');
}

/** One value of a parameter that must not repeat; null when absent or empty; `onRepeat` when repeated. */
export function singleValue(query: QueryValues, name: string, onRepeat: (name: string) => never): string | null {
  const raw = query[name];
  if (Array.isArray(raw)) {
    const given = raw.filter((value) => value.trim() !== '');
    if (given.length > 1) onRepeat(name);
    return given[0]?.trim() ?? null;
  }
  const value = raw?.trim() ?? '';
  return value === '' ? null : value;
}
