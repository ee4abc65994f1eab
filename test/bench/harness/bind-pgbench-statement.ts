import type { Prisma } from '@gridloop/prisma';

/** A statement as one pgbench script line (no terminator) and the `-D` values it reads. */
export interface BoundPgbenchStatement {
  text: string;
  defines: Record<string, string>;
}

export interface BindOptions {
  /**
   * Values that vary per transaction, found by identity in `sql.values`, and the pgbench variable
   * (`\set` or `\gset`) each becomes. Build the statement with distinct sentinel values for them.
   */
  variables: ReadonlyMap<unknown, string>;
  /** Prefix of the `-D` variables made for the other values; unique per statement in a script. */
  prefix: string;
}

/**
 * A statement built for the API as pgbench script text in which every value is a bound parameter,
 * as the API sends it: per-transaction values become the named variables, the fixed ones `-D`
 * variables, so a prepared statement gets the same parameters and may settle on the same generic
 * plan as the API's (literals would be planned for their constants instead). NULL stays a literal,
 * since pgbench has no NULL parameter.
 *
 * @example bindPgbenchStatement(intakeContextSql({ point: [lngSentinel, latSentinel], … }),
 *   { variables: new Map([[lngSentinel, 'lng'], [latSentinel, 'lat']]), prefix: 'ctx' })
 *   // → { text: 'WITH p AS (SELECT ST_MakePoint(:lng::float8, …', defines: { ctx3: '147', … } }
 */
export function bindPgbenchStatement(
  sql: Pick<Prisma.Sql, 'text' | 'values'>,
  { variables, prefix }: BindOptions,
): BoundPgbenchStatement {
  const defines: Record<string, string> = {};
  const text = sql.text.replace(/\$(\d+)/g, (_match, index: string) => {
    const value = sql.values[Number(index) - 1];
    const variable = variables.get(value);
    if (variable !== undefined) return `:${variable}`;
    if (value === null || value === undefined) return 'NULL';
    const name = `${prefix}${index}`;
    defines[name] = parameterText(value);
    return `:${name}`;
  });
  // pgbench reads a statement up to the end of its line unless it ends with a semicolon
  return { text: text.replace(/\s*\n\s*/g, ' ').trim(), defines };
}

/** The text node-postgres would send for a value (dates as ISO instants, arrays as array literals). */
function parameterText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map(arrayElementText).join(',')}}`;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function arrayElementText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const text = parameterText(value);
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}
