// `npm start`: everything needed, then the platform (API + web) on one port with the demo city.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { apiNodeArguments } from './api-node-arguments.mjs';
import { runMain } from './console.mjs';
import { repoRoot } from './paths.mjs';
import { ensureRedisUrl, ensureWebBuild, prepare } from './prepare.mjs';

await runMain(async () => {
  const { pnpm, databaseUrl } = await prepare();
  const redisUrl = await ensureRedisUrl();
  await ensureWebBuild(pnpm);
  const api = spawn(process.execPath, [...apiNodeArguments, 'src/main.ts'], {
    cwd: join(repoRoot, 'api'),
    stdio: 'inherit',
    env: {
      NODE_ENV: 'production',
      STATIC_DIR: join(repoRoot, 'web', 'dist'),
      MIGRATE_ON_START: 'true',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      OPEN311_DEMO_API_KEY: 'gridloop-demo-open311-key',
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
    },
  });
  // The API shuts down gracefully on these; pass them on and exit with its code.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
  api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
});
