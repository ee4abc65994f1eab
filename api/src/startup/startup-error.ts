import { MigrationError } from '@gridloop/prisma/migrate';
import { ConfigError } from '../config.js';

/** A reason not to start that the operator can fix; printed as one line, without a stack. */
export class StartupError extends Error {}

/** The one line to print for an expected start-up failure, or null for a real bug. */
export function describeStartupFailure(error: unknown): string | null {
  if (error instanceof StartupError || error instanceof ConfigError) return error.message;
  if (error instanceof MigrationError) return `[${error.code}] ${error.message}`;
  return null;
}

/** Prints the failure (one line when expected) and exits with code 1. */
export function exitOnStartupFailure(error: unknown): never {
  const line = describeStartupFailure(error);
  if (line) console.error(`gridloop: error: ${line}`);
  else console.error('gridloop: unexpected error while starting:', error);
  process.exit(1);
}
