// The per-query pieces of OfflinePg (see offline-pg.ts for the list of adapter-pg bugs):
// reading pg_catalog's `"char"` columns, and errors the engine can understand.

import {
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { isConnectionError } from './connection.js';
import { isPgError, type PgErrorFields } from './migration-error.js';

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Transactions return rows too, so they need the same `"char"` handling. */
export class CharSafeTransaction implements Transaction {
  readonly provider: Transaction['provider'];
  readonly adapterName: string;
  readonly options: Transaction['options'];

  constructor(private readonly inner: Transaction) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
    this.options = inner.options;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return queryRawWithChar(this.inner, query);
  }
  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }
  commit(): Promise<void> {
    return this.inner.commit();
  }
  rollback(): Promise<void> {
    return this.inner.rollback();
  }
}

type PerformIO = (query: SqlQuery) => Promise<pg.QueryResult>;

/**
 * Runs the adapter's own queryRaw (so every value is decoded exactly as adapter-pg does) but
 * through a per-call view of the adapter whose `performIO` relabels `"char"` fields as text
 * before the adapter classifies them, remembering which ones so we can report them as
 * Character. A per-call view rather than a patched method keeps concurrent queries apart.
 */
export async function queryRawWithChar(target: SqlQueryable, query: SqlQuery): Promise<SqlResultSet> {
  const performIO = (target as unknown as { performIO?: PerformIO }).performIO;
  if (typeof performIO !== 'function') {
    throw new Error('@prisma/adapter-pg changed: PgQueryable.performIO is gone; revisit offline-pg.ts');
  }
  const charColumns: number[] = [];
  const view = Object.create(target, {
    performIO: {
      value: async (q: SqlQuery) => {
        const result = await performIO.call(target, q);
        result.fields.forEach((field, i) => {
          if (field.dataTypeID === CHAR_OID) {
            field.dataTypeID = TEXT_OID;
            charColumns.push(i);
          }
        });
        return result;
      },
    },
  }) as SqlQueryable;
  const result = await target.queryRaw.call(view, query);
  for (const i of charColumns) result.columnTypes[i] = ColumnTypeEnum.Character;
  return result;
}

/** The engine only understands DriverAdapterError; anything else would surface as a panic. */
export function toAdapterError(error: unknown): DriverAdapterError {
  if (error instanceof DriverAdapterError) return error;
  const e = error as Partial<PgErrorFields & { severity: string; column: string; address: string; port: number }>;
  if (isConnectionError(error) && !isPgError(error)) {
    return new DriverAdapterError({ kind: 'DatabaseNotReachable', host: e.address, port: e.port });
  }
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code ?? 'N/A',
    severity: e.severity ?? 'ERROR',
    message: e.message ?? String(error),
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}
