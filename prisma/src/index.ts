export { createPrismaClient, type PrismaClientOptions } from './client.js';
export { dataDirectory } from './data-directory.js';
export { type DatabaseState, readDatabaseState } from './database-state.js';
export type { Prisma, PrismaClient } from './generated/prisma/client.js';
export { AreaLevel, Role } from './generated/prisma/enums.js';
export { listMigrationNames, migrationsDirectory } from './migrations-directory.js';
export { type AreaBoundaryRow, upsertAreaBoundaries } from './spatial/area-boundaries.js';
export { type AreaFeaturesQuery, type FeatureCollectionJson, selectAreaFeatures } from './spatial/area-features.js';
