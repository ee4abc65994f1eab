// `npm run db:setup`: a working database with the demo data, without starting the server.
import { join } from 'node:path';
import { runMain } from './console.mjs';
import { repoRoot } from './paths.mjs';
import { prepare } from './prepare.mjs';
import { run } from './processes.mjs';

await runMain(async () => {
  const { databaseUrl } = await prepare();
  await run(process.execPath, ['--import', 'tsx', 'src/seed/cli.ts'], {
    cwd: join(repoRoot, 'api'),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    failure: 'the database setup failed (see above).',
  });
});
