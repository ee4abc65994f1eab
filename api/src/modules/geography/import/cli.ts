// Imports an official layer from the command line, as an admin would through importLayer:
//   DATABASE_URL=… tsx src/modules/geography/import/cli.ts --layer UNIT_GRID --crs GCJ02 [--dry-run] grids.geojson
// Prints the report as JSON. Exit code 0: imported (or a clean dry run); 2: the report lists
// problems and nothing was written; 1: the file or the arguments were refused.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createPrismaClient } from '@gridloop/prisma';
import { systemClock } from '../../../clock.js';
import { DomainError } from '../../../errors/domain-error.js';
import { parseImportCliArgs } from './import-cli-args.js';
import { importLayer } from './import-layer.js';

const fail = (message: string): never => {
  console.error(`gridloop: error: ${message}`);
  process.exit(1);
};

const args = (() => {
  try {
    return parseImportCliArgs(process.argv.slice(2));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();
const databaseUrl = process.env.DATABASE_URL ?? fail('DATABASE_URL is not set.');
const bytes = (() => {
  try {
    return new Uint8Array(readFileSync(args.file));
  } catch (error) {
    return fail(`cannot read ${args.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
})();

const prisma = createPrismaClient({ databaseUrl, maxConnections: 1 });
try {
  const report = await importLayer({
    ...args,
    prisma,
    clock: systemClock,
    file: { name: basename(args.file), bytes },
    actorId: null,
  });
  console.log(JSON.stringify(report, null, 2));
  process.exitCode = report.ok ? 0 : 2;
} catch (error) {
  if (!DomainError.is(error)) throw error;
  console.error(`gridloop: error: ${error.code}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
