import { createRequire } from 'node:module';
import pg from 'pg';
import { type BindParameter, bindMessage } from './bind-message.js';
import type { PreparedStatement } from './prepared-statements.js';

/** node-postgres's own conversion of parameter values (Dates, Buffers, arrays, JSON), so values bind as before. */
const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue: (value: unknown) => unknown;
};

/** The text of the Date converted last, by its epoch milliseconds (see bindValueOf). */
let lastDateMs = Number.NaN;
let lastDateText: BindParameter = null;

/**
 * node-postgres's conversion of a parameter, remembering the text of the last Date: a report binds
 * the same instant (its `now`) four times in its insert and again in its other statements, and
 * formatting Dates was half of what converting its ~60 parameters cost. Keyed by the instant, not
 * the object, so a Date changed in place is formatted afresh; an invalid Date (NaN) never matches.
 */
function bindValueOf(value: unknown): BindParameter {
  if (typeof value === 'string') return value;
  if (!(value instanceof Date)) return (prepareValue(value) ?? null) as BindParameter;
  const ms = value.getTime();
  if (ms !== lastDateMs) {
    lastDateText = prepareValue(value) as string;
    lastDateMs = ms;
  }
  return lastDateText;
}

/** The extended-protocol messages node-postgres's Connection sends for a submittable. */
interface ProtocolConnection {
  parsedStatements: Record<string, string | undefined>;
  submittedNamedStatements: Record<string, string | undefined>;
  stream: { cork?: () => void; uncork?: () => void };
  /** Writes a message as it is (Connection's own methods serialize theirs, then call this). */
  _send(message: Buffer): boolean;
  parse(query: { text: string; name: string }): void;
  describe(message: { type: 'P' | 'S'; name: string }): void;
  execute(config: Record<string, never>): void;
  sync(): void;
  sendCopyFail(message: string): void;
}

interface FieldDescription {
  name: string;
  dataTypeID: number;
}

/** How a statement's rows read: column names and node-postgres's text parser for each column's type. */
class RowShape {
  private readonly names: string[];
  private readonly parsers: ((raw: string) => unknown)[];
  /**
   * An object with every column, copied for each row: the copy has its final layout at once, so
   * filling it overwrites properties instead of adding one at a time (a new hidden class per column,
   * looked up on every row, was most of reading a row).
   */
  private readonly template: Record<string, unknown>;

  constructor(fields: readonly FieldDescription[]) {
    this.names = fields.map((field) => field.name);
    this.parsers = fields.map((field) => pg.types.getTypeParser(field.dataTypeID, 'text'));
    this.template = Object.fromEntries(this.names.map((name) => [name, null]));
  }

  rowOf(raw: readonly (string | null)[]): Record<string, unknown> {
    const row = { ...this.template };
    for (let i = 0; i < raw.length; i += 1) {
      const value = raw[i] ?? null;
      if (value !== null) row[this.names[i] as string] = (this.parsers[i] as (raw: string) => unknown)(value);
    }
    return row;
  }
}

/**
 * Row shapes of the named statements each connection has described. A statement's text never changes
 * under its name, so neither do its columns; a schema change that alters them fails the statement
 * in PostgreSQL ("cached plan must not change result type"), as it did before.
 */
const shapesByConnection = new WeakMap<object, Map<string, RowShape>>();

function shapesOf(connection: object): Map<string, RowShape> {
  let shapes = shapesByConnection.get(connection);
  if (!shapes) {
    shapes = new Map();
    shapesByConnection.set(connection, shapes);
  }
  return shapes;
}

/**
 * One execution of a prepared statement, handed to a node-postgres client as a submittable (the
 * interface pg-cursor uses). node-postgres's own Query asks PostgreSQL to describe the result on
 * every execution, then builds a result template from the description and a row object by copying
 * it; with its config normalisation and event emitter that was ~15 % of the API's CPU on a report.
 * Here a named statement is parsed and described once per connection, after which an execution is
 * Bind, Execute and Sync, and rows are built straight from the shape remembered at the first.
 * Unnamed statements are parsed and described every time. Rows, parameter values and errors are
 * node-postgres's: the same type parsers, value conversion and DatabaseError objects; only the Bind
 * message is written here (bind-message.ts).
 */
export class BoundExecution<Row> implements pg.Submittable {
  readonly name: string;
  readonly text: string;
  /** This connection's shapes, for the description a first execution brings back. */
  private shapes: Map<string, RowShape> | null = null;
  private shape: RowShape | undefined;
  private readonly rows: Row[] = [];
  private failure: Error | null = null;

  constructor(
    statement: PreparedStatement,
    private readonly values: readonly unknown[],
    private readonly done: (error: Error | null, rows: Row[]) => void,
  ) {
    this.name = statement.name;
    this.text = statement.text;
  }

  submit(pgConnection: pg.Connection): void {
    // node-postgres's typings omit the statement bookkeeping a submittable shares with its Query
    const connection = pgConnection as unknown as ProtocolConnection;
    this.shapes = this.name ? shapesOf(connection) : null;
    this.shape = this.shapes?.get(this.name);
    const parsed =
      this.name !== '' &&
      (connection.parsedStatements[this.name] !== undefined ||
        connection.submittedNamedStatements[this.name] !== undefined);
    connection.stream.cork?.();
    try {
      if (!parsed) {
        connection.parse({ text: this.text, name: this.name });
        if (this.name) connection.submittedNamedStatements[this.name] = this.text;
      }
      let parameters: BindParameter[];
      try {
        parameters = this.values.map(bindValueOf);
      } catch (error) {
        // a value that cannot be converted: nothing runs; the statement, if just parsed, stays valid
        this.failure = error as Error;
        connection.sync();
        return;
      }
      connection._send(bindMessage(this.name, parameters));
      if (!this.shape) connection.describe({ type: 'P', name: '' });
      connection.execute({});
      connection.sync();
    } finally {
      connection.stream.uncork?.();
    }
  }

  handleRowDescription(message: { fields: FieldDescription[] }): void {
    this.shape = new RowShape(message.fields);
    this.shapes?.set(this.name, this.shape);
  }

  handleDataRow(message: { fields: (string | null)[] }): void {
    if (this.failure) return;
    try {
      if (!this.shape) throw new Error(`rows of ${this.name || 'an unnamed statement'} arrived undescribed`);
      this.rows.push(this.shape.rowOf(message.fields) as Row);
    } catch (error) {
      this.failure = error as Error;
    }
  }

  handleCommandComplete(): void {}

  handleEmptyQuery(): void {}

  handlePortalSuspended(): void {}

  handleCopyInResponse(connection: ProtocolConnection): void {
    connection.sendCopyFail('COPY is not run through a bound execution');
  }

  handleCopyData(): void {}

  handleError(error: Error): void {
    this.finish(this.failure ?? error);
  }

  handleReadyForQuery(): void {
    this.finish(this.failure);
  }

  /**
   * Called once: node-postgres hands a statement either its error (and forgets it as the active
   * query) or, after Sync, its ReadyForQuery.
   */
  private finish(error: Error | null): void {
    this.done(error, this.rows);
  }
}
