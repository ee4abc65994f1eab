import { requestResult } from './idb-promise';

const DB_NAME = 'gridloop-outbox';
const DB_VERSION = 1;
/** Reports by their idempotency key (`OutboxEntry.id`), with an index on the officer. */
export const REPORTS_STORE = 'reports';
export const BY_OWNER_INDEX = 'owner';

let opening: Promise<IDBDatabase> | null = null;

/**
 * The device's outbox database, opened once per page. Version 1 creates the store; a later schema
 * adds an `if (event.oldVersion < 2)` step here, never edits this one, so phones holding unsent
 * reports upgrade without losing them.
 */
export function openOutboxDb(): Promise<IDBDatabase> {
  if (opening !== null) return opening;
  const request = indexedDB.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = (event) => {
    if (event.oldVersion < 1) {
      const store = request.result.createObjectStore(REPORTS_STORE, { keyPath: 'id' });
      store.createIndex(BY_OWNER_INDEX, 'owner');
    }
  };
  opening = requestResult(request).then(
    (db) => {
      // Another tab upgrading the schema asks this one to let go; reopen on next use.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      return db;
    },
    (error: unknown) => {
      opening = null;
      throw error;
    },
  );
  return opening;
}
