// The driver adapter handed to the wasm schema engine: @prisma/adapter-pg 7.10.1 with the
// fixes the engine needs (the adapter was written for the query engine, not for migrations).
//
//  1. pg_catalog's internal `"char"` type (OID 18: pg_constraint.contype, pg_class.relkind...)
//     makes the adapter throw UnsupportedNativeDataType; labelling it TEXT makes the engine panic
//     ("constraint_type ... as char failed"). We report those columns as ColumnType Character.
//  2. Shadow databases: the adapter builds the shadow pool as `{ ...config, database }`, which a
//     connectionString overrides (its "shadow" is the real DB), and DROPs the database before
//     closing the pool that is still connected to it. We create and drop shadows ourselves,
//     closing the pool first and dropping WITH (FORCE).
//  3. executeScript splits the script on every `;` (breaking any string or function body that
//     contains one) and autocommits statement by statement on whichever pooled connection is
//     free, so a failing migration left its earlier statements applied. We send the script as one
//     simple-protocol query on one connection: PostgreSQL runs a multi-statement query as one
//     implicit transaction, exactly what the native engine does, so a failure leaves no trace.
//  4. The engine never disposes the adapters it opens; their pg.Pools keep the process alive.
//     The factory tracks every adapter so `close()` can end them all.
//  5. The engine takes Prisma's migration advisory lock itself, on some pooled connection, and
//     never releases it. When our runner already holds that lock on its own dedicated connection
//     (to cover its checks too), the engine's request would wait for us forever, so it is
//     skipped, like the native engine's PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK.

import { PrismaPg } from '@prisma/adapter-pg';
import type {
  ConnectionInfo,
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { CharSafeTransaction, queryRawWithChar, toAdapterError } from './adapter-pg-patches.js';
import { ENGINE_LOCK_STATEMENT } from './advisory-lock.js';
import { connectClient, isConnectionError } from './connection.js';
import { isPgError, type PgErrorFields } from './migration-error.js';

/** The last failing migration script, kept raw so we can report position/detail the engine drops. */
export interface ScriptFailure {
  error: PgErrorFields;
  script: string;
}

/**
 * A migration-aware adapter factory wrapping adapter-pg's. Composition rather than a subclass:
 * every adapter it hands out is our wrapper, which is not a PrismaPgAdapter.
 */
export class OfflinePg implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName: string;
  readonly #inner: PrismaPg;
  readonly #config: pg.PoolConfig;
  readonly #open = new Set<OfflinePgAdapter>();
  lastScriptFailure: ScriptFailure | undefined;

  readonly callerHoldsMigrateLock: boolean;

  constructor(config: pg.ClientConfig, options: { callerHoldsMigrateLock: boolean }) {
    // The engine works one query at a time; a small pool is plenty.
    const poolConfig: pg.PoolConfig = { ...config, max: 4 };
    this.#inner = new PrismaPg(poolConfig);
    this.adapterName = this.#inner.adapterName;
    this.#config = poolConfig;
    this.callerHoldsMigrateLock = options.callerHoldsMigrateLock;
  }

  async connect(): Promise<OfflinePgAdapter> {
    return this.#track(new OfflinePgAdapter(await this.#inner.connect(), this));
  }

  async connectToShadowDb(): Promise<OfflinePgAdapter> {
    const database = `gridloop_shadow_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
    await this.#admin(`CREATE DATABASE "${database}"`);
    const inner = await new PrismaPg({ ...this.#config, database }).connect();
    return this.#track(
      new OfflinePgAdapter(inner, this, async () => {
        await inner.dispose(); // disconnect first, or the DROP fails with "being accessed by other users"
        await this.#admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      }),
    );
  }

  /** Ends every pool the engine opened (and drops leftover shadow databases). Idempotent. */
  async close(): Promise<void> {
    const results = await Promise.allSettled([...this.#open].map((adapter) => adapter.dispose()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  forget(adapter: OfflinePgAdapter): void {
    this.#open.delete(adapter);
  }

  #track(adapter: OfflinePgAdapter): OfflinePgAdapter {
    this.#open.add(adapter);
    return adapter;
  }

  /** CREATE/DROP DATABASE cannot run in a transaction, so a plain one-off connection. */
  async #admin(sql: string): Promise<void> {
    const client = await connectClient(this.#config);
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

type InnerAdapter = SqlDriverAdapter & { underlyingDriver(): pg.Pool };

class OfflinePgAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName: string;
  #disposed: Promise<void> | undefined;

  constructor(
    private readonly inner: InnerAdapter,
    private readonly factory: OfflinePg,
    private readonly release: () => Promise<void> = () => inner.dispose(),
  ) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return queryRawWithChar(this.inner, query);
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    if (this.factory.callerHoldsMigrateLock && ENGINE_LOCK_STATEMENT.test(query.sql)) return 0;
    return this.inner.executeRaw(query);
  }

  async executeScript(script: string): Promise<void> {
    const client = await this.inner
      .underlyingDriver()
      .connect()
      .catch((error: unknown) => {
        throw toAdapterError(error);
      });
    try {
      // No parameters, so pg uses the simple query protocol: one implicit transaction.
      await client.query(script);
    } catch (error) {
      if (isPgError(error)) this.factory.lastScriptFailure = { error, script };
      // A broken connection must not go back to the pool.
      client.release(isConnectionError(error) ? (error as Error) : undefined);
      throw toAdapterError(error);
    }
    client.release();
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return new CharSafeTransaction(await this.inner.startTransaction(isolationLevel));
  }

  getConnectionInfo(): ConnectionInfo {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: true };
  }

  dispose(): Promise<void> {
    this.#disposed ??= this.release().finally(() => this.factory.forget(this));
    return this.#disposed;
  }
}
