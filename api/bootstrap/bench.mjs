// `npm run bench`: the benchmark harness (ratios against same-run baselines), kept out of `npm test`.
import { runMain } from './console.mjs';
import { pnpmRun } from './dependencies.mjs';
import { prepare } from './prepare.mjs';

await runMain(async () => {
  const { pnpm, databaseUrl } = await prepare();
  await pnpmRun(pnpm, 'test', 'bench', [], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    failure: 'the benchmark failed (see above).',
  });
});
