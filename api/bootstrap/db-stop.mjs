// `npm run db:stop`: stops the project-local PostgreSQL (data stays in .data/postgres).
import { runMain } from './console.mjs';
import { stopLocalPostgres } from './local-postgres.mjs';
import { ensurePostgres } from './system-packages.mjs';

await runMain(async () => stopLocalPostgres(await ensurePostgres()));
