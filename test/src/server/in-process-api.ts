import type { AddressInfo } from 'node:net';
import { type AppDependencies, buildApp, createServerTileCache } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import { pino } from 'pino';

export interface InProcessApi {
  baseUrl: string;
  prisma: PrismaClient;
  /** Every SQL statement the app sent, in order; tests clear it and count (N+1 guard). */
  statements: string[];
  close(): Promise<void>;
}

/** The API built by buildApp() on a loopback port inside the test process, logging nothing. */
export async function startInProcessApi(
  databaseUrl: string,
  options: {
    staticDir?: string;
    /** A server tile cache of this size, as main.ts builds one (TILE_CACHE_MB); none by default. */
    tileCacheMegabytes?: number;
  } & Pick<AppDependencies, 'auth' | 'clock' | 'calendar' | 'photoStore' | 'caseFeed'> = {},
): Promise<InProcessApi> {
  const statements: string[] = [];
  const prisma = createPrismaClient({ databaseUrl, maxConnections: 4, onQuery: (sql) => statements.push(sql) });
  // silent, so expected errors do not flood the output; TEST_LOG_LEVEL=error shows what a masked
  // "Unexpected error." was
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const { tileCacheMegabytes = 0, ...dependencies } = options;
  const tileCache = createServerTileCache({ prisma, logger, megabytes: tileCacheMegabytes });
  const app = buildApp({ ...dependencies, prisma, logger, tileCache });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    prisma,
    statements,
    close: async () => {
      await tileCache?.versions.stop();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await prisma.$disconnect();
    },
  };
}
