// Prisma's real schema engine (the Rust code behind `prisma migrate`), compiled to WebAssembly
// and talking to PostgreSQL through our OfflinePg driver adapter. This replaces the native
// schema-engine binary, which `prisma` downloads from the internet and this machine cannot.
//
// The engine runs in-process: `openSchemaEngine` returns a handle whose `close()` frees the wasm
// object and ends every pg pool, so a caller (vitest, the API's start-up) exits promptly.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type pg from 'pg';
import { OfflinePg, type ScriptFailure } from './offline-pg.js';

export type { SchemaEngine };

/** Schema filter with nothing excluded; the engine requires one on every migrate call. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export interface EngineHandle {
  engine: SchemaEngine;
  /** The last migration script PostgreSQL rejected (with its raw error), if any. */
  lastScriptFailure(): ScriptFailure | undefined;
  /** The last panic message the engine reported, if any (a panic surfaces as a vague error). */
  lastPanic(): string | undefined;
  close(): Promise<void>;
}

// The WebAssembly global exists in Node but is only typed by lib.dom, which this package does
// not load; this is the sliver of it we use.
type ModuleImports = Record<string, unknown>;
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: Record<string, ModuleImports>): Promise<{ exports: Record<string, unknown> }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let panicMessage: string | undefined;
let loaded: Promise<void> | undefined;

/**
 * Instantiates the wasm module once per process. The package's own entry point does
 * `import * as wasm from './schema_engine_bg.wasm'`, which Node 20 cannot load without
 * --experimental-wasm-modules, so we compile the .wasm ourselves and hand it to the JS glue.
 */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    // The engine reports Rust panics here before rejecting with a generic "unreachable" error.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        panicMessage = message;
      },
    };
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
    const instance = await wasmApi.instantiate(await wasmApi.compile(bytes), {
      './schema_engine_bg.js': withUnrefTimers(glue as unknown as ModuleImports),
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  loaded.catch(() => {
    loaded = undefined; // let a later call retry instead of caching the failure forever
  });
  return loaded;
}

/**
 * The engine arms timeouts it never clears (the glue imports setTimeout but no clearTimeout; the
 * 10 s advisory-lock timeout is one), so a finished run kept Node alive for another 10 s. They
 * are only guards, and the pg sockets keep the process alive while the engine really waits on
 * the database, so unref'd timers are safe.
 */
function withUnrefTimers(imports: ModuleImports): ModuleImports {
  const patched: ModuleImports = { ...imports };
  for (const name of Object.keys(imports).filter((key) => key.startsWith('__wbg_setTimeout_'))) {
    patched[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return patched;
}

export interface OpenEngineOptions {
  connection: pg.ClientConfig;
  /** schema.prisma path and text; the engine resolves the datasource provider from it. */
  schema: { path: string; content: string };
  log?: (line: string) => void;
  /** See OfflinePg: set when the caller already holds Prisma's migration advisory lock. */
  callerHoldsMigrateLock?: boolean;
}

export async function openSchemaEngine(o: OpenEngineOptions): Promise<EngineHandle> {
  await loadWasm();
  const adapterFactory = new OfflinePg(o.connection, { callerHoldsMigrateLock: o.callerHoldsMigrateLock ?? false });
  let engine: SchemaEngine;
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: [[o.schema.path, o.schema.content]] },
      // The engine's tracing output (JSON lines); only interesting when debugging the engine.
      (line: string) => o.log?.(`[schema-engine] ${line}`),
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
  } catch (error) {
    await adapterFactory.close();
    throw error;
  }
  let closed: Promise<void> | undefined;
  return {
    engine,
    lastScriptFailure: () => adapterFactory.lastScriptFailure,
    lastPanic: () => panicMessage,
    close() {
      closed ??= (async () => {
        engine.free();
        await adapterFactory.close();
      })();
      return closed;
    },
  };
}

/** Opens an engine, runs `fn`, and always closes it (pools included). */
export async function withSchemaEngine<T>(o: OpenEngineOptions, fn: (handle: EngineHandle) => Promise<T>): Promise<T> {
  const handle = await openSchemaEngine(o);
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
