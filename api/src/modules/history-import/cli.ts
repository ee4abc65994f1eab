// Imports historical cases from a legacy system's CSV, as an admin would through importCaseHistory,
// streaming the file from disk (any size, bounded memory):
//   DATABASE_URL=… TIME_ZONE=America/New_York pnpm --filter @gridloop/api import:history \
//     --mapping nyc311-mapping.json [--dry-run] [--skip-bad-rows] nyc311.csv
// Prints the report as JSON (and rows/s on stderr). Exit code 0: imported (or a dry run that would
// import); 2: bad rows refused the import and nothing was written; 1: the arguments, the mapping
// or the file were refused.
import { accessSync, constants, createReadStream, readFileSync } from 'node:fs';
import { createPrismaClient } from '@gridloop/prisma';
import { systemClock } from '../../clock.js';
import { loadConfig } from '../../config.js';
import { DomainError } from '../../errors/domain-error.js';
import { createDatabaseCalendarProvider } from '../calendar/database-calendar-provider.js';
import { parseHistoryImportCliArgs } from './history-import-cli-args.js';
import { importCaseHistory } from './import-case-history.js';

const fail = (message: string): never => {
  console.error(`gridloop: error: ${message}`);
  process.exit(1);
};

const args = (() => {
  try {
    return parseHistoryImportCliArgs(process.argv.slice(2));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const mapping = (() => {
  try {
    return readFileSync(args.mappingFile, 'utf8');
  } catch (error) {
    return fail(`cannot read ${args.mappingFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
})();
try {
  accessSync(args.csvFile, constants.R_OK);
} catch (error) {
  fail(`cannot read ${args.csvFile}: ${error instanceof Error ? error.message : String(error)}`);
}

const prisma = createPrismaClient({ databaseUrl: config.DATABASE_URL, maxConnections: 2 });
try {
  const calendar = createDatabaseCalendarProvider({ prisma, timeZone: config.TIME_ZONE });
  await calendar.reload();
  const csv = createReadStream(args.csvFile, { highWaterMark: 256 * 1024 });
  const report = await importCaseHistory(
    { prisma, clock: systemClock, calendar },
    { csv, mapping, dryRun: args.dryRun, skipBadRows: args.skipBadRows, listLimit: args.listLimit },
  );
  console.log(JSON.stringify(report, null, 2));
  const rowsPerSecond = Math.round(report.rowsRead / (report.elapsedMs / 1000));
  console.error(`gridloop: ${report.rowsRead} rows in ${Math.round(report.elapsedMs)} ms (${rowsPerSecond} rows/s)`);
  const isClean = report.badRows === 0 || report.skipBadRows;
  process.exitCode = report.written || (report.dryRun && isClean) ? 0 : 2;
} catch (error) {
  if (!DomainError.is(error)) throw error;
  console.error(`gridloop: error: ${error.code}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
