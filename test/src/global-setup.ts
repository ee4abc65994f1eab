import type { TestProject } from 'vitest/node';
import { createTestDatabase, dropStaleTestDatabases } from './db/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty test database shared by this run's suites. */
    databaseUrl: string;
  }
}

/** One fresh, migrated database per test run, dropped when the run ends. */
export default async function setup(project: TestProject) {
  await dropStaleTestDatabases();
  const database = await createTestDatabase();
  project.provide('databaseUrl', database.url);
  return () => database.drop();
}
