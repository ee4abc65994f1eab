// The one error type the migration runner throws on purpose. Callers (the CLI, the API's
// start-up, tests) switch on `code`; `message` is a single human sentence meant to be printed
// as-is, so it never carries a stack trace or the engine's multi-line report.

export type MigrationErrorCode =
  | 'DATABASE_UNREACHABLE'
  | 'POSTGIS_MISSING'
  | 'MIGRATION_EDITED'
  | 'MIGRATION_FAILED'
  | 'MIGRATION_MISSING_LOCALLY'
  | 'PREVIOUS_MIGRATION_FAILED';

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
  readonly code: MigrationErrorCode;
  readonly migrationName?: string;

  constructor(code: MigrationErrorCode, message: string, options: { migrationName?: string; cause?: unknown } = {}) {
    super(oneLine(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.migrationName !== undefined) this.migrationName = options.migrationName;
  }
}

/** Collapses whitespace so that a message always prints on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The fields of a PostgreSQL error (`pg`'s DatabaseError) that we report. */
export interface PgErrorFields {
  message: string;
  code?: string;
  detail?: string;
  hint?: string;
  position?: string;
}

export function isPgError(error: unknown): error is PgErrorFields & Error {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { severity?: unknown }).severity === 'string'
  );
}

/**
 * Describes a PostgreSQL error raised by a migration script: message, SQLSTATE, the line and
 * column in the script (PostgreSQL reports a 1-based character offset into the whole script),
 * then detail and hint when present.
 */
export function describeScriptError(error: PgErrorFields, script: string): string {
  const parts = [`${error.message.replace(/\.$/, '')}${error.code ? ` (SQLSTATE ${error.code})` : ''}`];
  const offset = Number(error.position);
  if (Number.isInteger(offset) && offset > 0) {
    const { line, column } = lineAndColumn(script, offset);
    parts.push(`at line ${line}, column ${column}`);
  }
  if (error.detail) parts.push(`detail: ${error.detail.replace(/\.$/, '')}`);
  if (error.hint) parts.push(`hint: ${error.hint.replace(/\.$/, '')}`);
  return oneLine(parts.join('; '));
}

/** PostgreSQL counts characters (code points), not UTF-16 units or bytes. */
function lineAndColumn(script: string, offset: number): { line: number; column: number } {
  const before = Array.from(script)
    .slice(0, offset - 1)
    .join('');
  const lines = before.split('\n');
  return { line: lines.length, column: Array.from(lines[lines.length - 1] ?? '').length + 1 };
}

/**
 * True when a script failed because the server has no PostGIS package installed (as opposed to
 * PostGIS being installed but a statement using it wrongly). PostgreSQL 15 reports
 * `extension "postgis" is not available` (0A000); older servers report the missing control file.
 */
export function isPostgisUnavailable(error: PgErrorFields): boolean {
  return /extension "postgis[^"]*" is not available|postgis[\w-]*\.control/i.test(error.message);
}

/** `SHOW server_version_num` (e.g. 150020) to the major version Debian packages are named after. */
export function serverMajorVersion(versionNum: string | number): string {
  const n = Number(versionNum);
  // Since PostgreSQL 10 the major version is one number (150020 -> 15); before, two (90624 -> 9.6).
  return n >= 100000 ? String(Math.floor(n / 10000)) : `${Math.floor(n / 10000)}.${Math.floor(n / 100) % 100}`;
}

export function postgisMissingMessage(migrationName: string, versionNum: string | number): string {
  const major = serverMajorVersion(versionNum);
  return (
    `Migration ${migrationName} needs PostGIS, which is not installed on this PostgreSQL ${major} server: ` +
    `run \`apt-get install postgresql-${major}-postgis-3\` on the database host, then deploy again.`
  );
}
