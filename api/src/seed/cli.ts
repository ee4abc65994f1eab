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
  const startedAt = performance.now();
  const report = await seedDemo(prisma);
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const { derivedDistricts, streets, communities, unitGrids, responsibilityGrids } = report.demoCity;
  const derived = derivedDistricts.length
    ? `derived ${streets} streets, ${communities} communities, ${unitGrids} unit and ${responsibilityGrids} responsibility grids in ${derivedDistricts.length} districts`
    : 'derived layers already current';
  const { catalog, departmentsCreated, rulesCreated } = report;
  const reference = `${catalog.categoriesCreated} classes, ${catalog.conditionsCreated} filing conditions, ${departmentsCreated} departments and ${rulesCreated} responsibility rules created`;
  console.log(
    `gridloop: demo data loaded in ${seconds} s (${report.areasWritten} areas written; ${derived}; ${reference}); accounts:`,
  );
  console.log(formatDemoAccounts(report.users));
} finally {
  await prisma.$disconnect();
}
