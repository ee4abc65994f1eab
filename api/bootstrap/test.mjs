// `npm test`: everything needed, then lint, type checks, the committed GraphQL schema check and
// every vitest suite (unit, API acceptance on a fresh test database, browser end-to-end).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { runMain, say } from './console.mjs';
import { dataDir, repoRoot } from './paths.mjs';
import { ensureRedisUrl, ensureWebBuild, prepare } from './prepare.mjs';
import { run } from './processes.mjs';
import { ensureChromium } from './system-packages.mjs';

const resultsFile = join(dataDir, 'vitest-results.json');

function summarise() {
  if (!existsSync(resultsFile)) return null;
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  return {
    passed: results.numPassedTests,
    failed: results.numFailedTests,
    skipped: results.numPendingTests + results.numTodoTests,
  };
}

await runMain(async () => {
  const { pnpm, databaseUrl } = await prepare();
  const redisUrl = await ensureRedisUrl();
  const chromium = await ensureChromium();
  await ensureWebBuild(pnpm);
  const env = {
    ...process.env,
    // Package scripts that call pnpm (schema:check) find the pinned one on a machine that has none.
    PATH: `${dirname(pnpm)}${delimiter}${process.env.PATH ?? ''}`,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    CHROMIUM_PATH: chromium,
    NODE_ENV: 'test',
  };
  const step = async (label, args) => {
    say(label);
    const code = await run(pnpm, args, { cwd: repoRoot, env, allowFailure: true });
    if (code !== 0) say(`${label}: FAILED`);
    return code === 0;
  };

  const checks = [
    await step('lint and format (biome)', ['exec', 'biome', 'check', '.']),
    await step('type check (tsc, every package)', ['-r', '--workspace-concurrency=1', 'run', 'typecheck']),
    await step('committed GraphQL schema is current', ['--silent', 'schema:check']),
  ];
  rmSync(resultsFile, { force: true });
  const vitestArgs = [
    'exec',
    'vitest',
    'run',
    '--config',
    'test/vitest.projects.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
  ];
  checks.push(await step('tests (vitest: unit, acceptance, end-to-end)', vitestArgs));

  const summary = summarise();
  const failedChecks = checks.filter((ok) => !ok).length;
  if (summary) console.log(`tests: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
  if (failedChecks > 0) {
    say(`${failedChecks} of ${checks.length} checks failed`);
    process.exit(1);
  }
  say('all checks passed');
});
