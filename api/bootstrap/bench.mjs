// `npm run bench`: the benchmark harness (ratios against same-run baselines), kept out of `npm test`.
import { runMain } from './console.mjs';
import { pnpmRun } from './dependencies.mjs';
import { ensureRedisUrl, prepare } from './prepare.mjs';

await runMain(async () => {
  const { pnpm, databaseUrl } = await prepare();
  // several API instances (the intake suite's scale-out run) share live updates through Redis
  const redisUrl = await ensureRedisUrl();
  await pnpmRun(pnpm, 'test', 'bench', [], {
    env: { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl },
    failure: 'the benchmark failed (see above).',
  });
});
