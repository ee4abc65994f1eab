import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.js';

export interface PrismaClientOptions {
  databaseUrl: string;
  /** Pool size; the default suits one API instance on a small machine. */
  maxConnections?: number;
  /** Called with every SQL statement sent (tests count them to catch N+1; debug logging). */
  onQuery?: (sql: string) => void;
}

/** Creates a Prisma client over node-postgres (the driver adapter route: no native engine). */
export function createPrismaClient({ databaseUrl, maxConnections = 10, onQuery }: PrismaClientOptions): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: maxConnections });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client;
}
