// The conventions every command-line entry point shares (import:layer, import:history): errors are
// one line `gridloop: error: …`; exit code 1 when the arguments, the environment, a file or the
// input was refused, otherwise whatever the command decides from its report.
import type { PrismaClient } from '@gridloop/prisma';
import { DomainError } from '../errors/domain-error.js';

/** Prints the reason the command was refused and exits with code 1. */
export function failCommand(message: string): never {
  console.error(`gridloop: error: ${message}`);
  process.exit(1);
}

/**
 * What `read` returns, or {@link failCommand} with its error's message, after `context` if given
 * (e.g. `cannot read grids.geojson`).
 */
export function readOrFail<T>(read: () => T, context?: string): T {
  try {
    return read();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failCommand(context ? `${context}: ${message}` : message);
  }
}

/**
 * Runs the command, prints its report as JSON on stdout, then `afterReport` (which may add a summary
 * on stderr) gives the exit code. A domain
 * error (the input refused) is printed with its code and exits 1; anything else is a bug and
 * surfaces with its stack. The database client is disconnected either way.
 */
export async function runReportCommand<Report>(
  prisma: PrismaClient,
  run: () => Promise<Report>,
  afterReport: (report: Report) => number,
): Promise<void> {
  try {
    const report = await run();
    console.log(JSON.stringify(report, null, 2));
    process.exitCode = afterReport(report);
  } catch (error) {
    if (!DomainError.is(error)) throw error;
    console.error(`gridloop: error: ${error.code}: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}
