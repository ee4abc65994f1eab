// Imports an official layer from the command line, as an admin would through importLayer:
//   DATABASE_URL=… tsx src/modules/geography/import/cli.ts --layer UNIT_GRID --crs GCJ02 [--dry-run] grids.geojson
// Prints the report as JSON. Exit code 0: imported (or a clean dry run); 2: the report lists
// problems and nothing was written; 1: the file or the arguments were refused.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createPrismaClient } from '@gridloop/prisma';
import { systemClock } from '../../../clock.js';
import { failCommand, readOrFail, runReportCommand } from '../../../startup/cli-command.js';
import { parseImportCliArgs } from './import-cli-args.js';
import { importLayer } from './import-layer.js';

const args = readOrFail(() => parseImportCliArgs(process.argv.slice(2)));
const databaseUrl = process.env.DATABASE_URL ?? failCommand('DATABASE_URL is not set.');
const bytes = readOrFail(() => new Uint8Array(readFileSync(args.file)), `cannot read ${args.file}`);

const prisma = createPrismaClient({ databaseUrl, maxConnections: 1 });
await runReportCommand(
  prisma,
  () =>
    importLayer({
      ...args,
      prisma,
      clock: systemClock,
      file: { name: basename(args.file), bytes },
      actorId: null,
    }),
  (report) => (report.ok ? 0 : 2),
);
