// `pnpm --filter @gridloop/api seed` (and `npm run db:setup`): migrate, then load the demo data.
import { createPrismaClient } from '@gridloop/prisma';
import { migrateDeploy } from '@gridloop/prisma/migrate';
import { formatDemoAccounts } from './format-demo-accounts.js';
import { seedDemo } from './seed-demo.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('gridloop: error: DATABASE_URL is not set (npm run db:setup sets it for the local database).');
  process.exit(1);
}
await migrateDeploy({ databaseUrl, log: (line) => console.log(`gridloop: ${line}`) });
const prisma = createPrismaClient({ databaseUrl });
try {
  const report = await seedDemo(prisma);
  console.log(`gridloop: demo data loaded (${report.areasWritten} areas written); accounts:`);
  console.log(formatDemoAccounts(report.users));
} finally {
  await prisma.$disconnect();
}
