// One voice for the launcher: short progress lines, and failures as a single actionable line.

const prefix = 'gridloop:';

/** Prints a progress line. */
export function say(message) {
  console.log(`${prefix} ${message}`);
}

/** A failure the user can fix: printed as one line, never with a stack trace. */
export class LauncherError extends Error {}

/** Stops the launcher with one clear line. */
export function fail(message) {
  throw new LauncherError(message);
}

/** Runs a launcher's main function, turning LauncherErrors into one line and exit code 1. */
export async function runMain(main) {
  try {
    await main();
  } catch (error) {
    if (error instanceof LauncherError) {
      console.error(`${prefix} error: ${error.message}`);
    } else {
      console.error(`${prefix} unexpected error:`, error);
    }
    process.exit(1);
  }
}

/** Measures a step and reports how long it took, so slow first runs explain themselves. */
export async function timed(label, action) {
  const started = performance.now();
  const result = await action();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(`${label} (${seconds} s)`);
  return result;
}
