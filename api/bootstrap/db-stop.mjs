// `npm run db:stop`: stops the project-local PostgreSQL and Redis (PostgreSQL's data stays in
// .data/postgres; Redis keeps none).
import { runMain } from './console.mjs';
import { stopLocalPostgres } from './local-postgres.mjs';
import { stopLocalRedis } from './local-redis.mjs';
import { ensurePostgres } from './system-packages.mjs';

await runMain(async () => {
  await stopLocalPostgres(await ensurePostgres());
  await stopLocalRedis();
});
