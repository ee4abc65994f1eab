// Pure unit tests for how the migration runner words and classifies failures.

import { describe, expect, it } from 'vitest';
import { engineMessage } from '../src/migrate/apply-failure.js';
import {
  describeScriptError,
  isPostgisUnavailable,
  MigrationError,
  postgisMissingMessage,
  serverMajorVersion,
} from '../src/migrate/migration-error.js';

describe('describeScriptError', () => {
  it('turns the character offset PostgreSQL reports into a line and column of the script', () => {
    const script = 'CREATE TABLE "a" ("id" INTEGER);\nALTER TABLE "a" ADD COLUMN "x" nope;\n';
    const position = String(script.indexOf('nope') + 1);
    expect(describeScriptError({ message: 'type "nope" does not exist', code: '42704', position }, script)).toBe(
      'type "nope" does not exist (SQLSTATE 42704); at line 2, column 32',
    );
  });

  it('counts characters, not UTF-16 units, like PostgreSQL', () => {
    const script = '-- 网格 🗺\nSELECT nope;';
    const position = String(Array.from(script).indexOf('n') + 1);
    expect(describeScriptError({ message: 'x', position }, script)).toBe('x; at line 2, column 8');
  });

  it('adds detail and hint, on one line', () => {
    expect(
      describeScriptError(
        {
          message: 'could not create unique index "u"',
          code: '23505',
          detail: 'Key (code)=(1) is\nduplicated.',
          hint: 'Fix it.',
        },
        '',
      ),
    ).toBe('could not create unique index "u" (SQLSTATE 23505); detail: Key (code)=(1) is duplicated; hint: Fix it');
  });
});

describe('PostGIS missing', () => {
  it('recognises the server messages for a missing postgis package', () => {
    expect(isPostgisUnavailable({ message: 'extension "postgis" is not available' })).toBe(true);
    expect(
      isPostgisUnavailable({
        message:
          'could not open extension control file "/usr/share/postgresql/13/extension/postgis.control": No such file or directory',
      }),
    ).toBe(true);
    expect(isPostgisUnavailable({ message: 'function st_isvalid(integer) does not exist' })).toBe(false);
    expect(isPostgisUnavailable({ message: 'extension "pg_trgm" is not available' })).toBe(false);
  });

  it('names the Debian package for the server major version', () => {
    expect(serverMajorVersion('150020')).toBe('15');
    expect(serverMajorVersion(90624)).toBe('9.6');
    expect(postgisMissingMessage('20261125000000_foundation', '170002')).toBe(
      'Migration 20261125000000_foundation needs PostGIS, which is not installed on this PostgreSQL 17 server: ' +
        'run `apt-get install postgresql-17-postgis-3` on the database host, then deploy again.',
    );
  });
});

describe('MigrationError', () => {
  it('keeps its message on one line and carries code and migration name', () => {
    const error = new MigrationError('MIGRATION_FAILED', 'first\n  second', { migrationName: 'm1' });
    expect(error.message).toBe('first second');
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.migrationName).toBe('m1');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('engineMessage', () => {
  it("keeps the human part of the engine's report and drops the span trace", () => {
    const report = [
      'external connector error',
      'Error querying the database: ERROR: type "nosuchtype" does not exist',
      '   0: sql_schema_connector::apply_migration::apply_script',
      '           with migration_name="20261126000000_broken"',
    ].join('\n');
    expect(engineMessage(new Error(report))).toBe(
      'Error querying the database: ERROR: type "nosuchtype" does not exist',
    );
  });
});
