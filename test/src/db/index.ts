export { databaseNameOf, serverUrl, withDatabase } from './database-urls.js';
export {
  createTestDatabase,
  dropStaleTestDatabases,
  dropTestDatabase,
  openTestDatabase,
  type TestDatabase,
} from './test-database.js';
export { assertTestDatabaseName, isTestDatabaseName, newTestDatabaseName } from './test-database-name.js';
