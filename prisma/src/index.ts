export { createPrismaClient, type PrismaClientOptions } from './client.js';
export { dataDirectory } from './data-directory.js';
export { type DatabaseState, readDatabaseState } from './database-state.js';
export { directQuery } from './direct-query.js';
export type { Prisma, PrismaClient } from './generated/prisma/client.js';
export {
  AreaLevel,
  CaseAction,
  CaseRequestKind,
  CaseRequestStatus,
  CaseSource,
  CaseStatus,
  CaseStep,
  CategoryKind,
  CategoryLevel,
  DepartmentType,
  LayerKind,
  LayerSource,
  Role,
  TimeLimitUnit,
} from './generated/prisma/enums.js';
export { listMigrationNames, migrationsDirectory } from './migrations-directory.js';
export { type AreaBoundaryRow, upsertAreaBoundaries } from './spatial/area-boundaries.js';
export { type AreaCodeRow, upsertAreaCodes } from './spatial/area-codes.js';
export { type AreaFeaturesQuery, type FeatureCollectionJson, selectAreaFeatures } from './spatial/area-features.js';
export {
  type FeaturesInBox,
  type FeaturesInBoxQuery,
  featuresInBoxSql,
  type LngLatBox,
  selectFeaturesInBox,
} from './spatial/features-in-box.js';
export * from './spatial/generation/index.js';
export { type GridLocationRow, gridAtSql, type LocatedPlace, selectGridAt } from './spatial/grid-at.js';
export * from './spatial/layer-import/index.js';
export { isMapLayerName, type MapLayer, type MapLayerName, mapLayerNames, mapLayers } from './spatial/map-layers.js';
export {
  pixelSizeAt,
  selectVectorTile,
  type TileAddress,
  tileExtent,
  type VectorTile,
  type VectorTileQuery,
  vectorTileSql,
} from './spatial/vector-tile.js';
