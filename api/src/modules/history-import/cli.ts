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
import { readOrFail, runReportCommand } from '../../startup/cli-command.js';
import { createDatabaseCalendarProvider } from '../calendar/database-calendar-provider.js';
import { parseHistoryImportCliArgs } from './history-import-cli-args.js';
import { importCaseHistory } from './import-case-history.js';

const args = readOrFail(() => parseHistoryImportCliArgs(process.argv.slice(2)));
const config = readOrFail(() => loadConfig());
const mapping = readOrFail(() => readFileSync(args.mappingFile, 'utf8'), `cannot read ${args.mappingFile}`);
readOrFail(() => accessSync(args.csvFile, constants.R_OK), `cannot read ${args.csvFile}`);

const prisma = createPrismaClient({ databaseUrl: config.DATABASE_URL, maxConnections: 2 });
await runReportCommand(
  prisma,
  async () => {
    const calendar = createDatabaseCalendarProvider({ prisma, timeZone: config.TIME_ZONE });
    await calendar.reload();
    const csv = createReadStream(args.csvFile, { highWaterMark: 256 * 1024 });
    return importCaseHistory(
      { prisma, clock: systemClock, calendar },
      { csv, mapping, dryRun: args.dryRun, skipBadRows: args.skipBadRows, listLimit: args.listLimit },
    );
  },
  (report) => {
    const rowsPerSecond = Math.round(report.rowsRead / (report.elapsedMs / 1000));
    console.error(`gridloop: ${report.rowsRead} rows in ${Math.round(report.elapsedMs)} ms (${rowsPerSecond} rows/s)`);
    const isClean = report.badRows === 0 || report.skipBadRows;
    return report.written || (report.dryRun && isClean) ? 0 : 2;
  },
);
