// The node-postgres driver behind every client, for bulk COPY loads (api/src/seed/history).
export { default as pg } from 'pg';
export {
  selectViewerSession,
  type ViewerSessionQuery,
  type ViewerSessionRow,
  viewerSessionSql,
} from './auth/viewer-session.js';
export * from './calendar/index.js';
export {
  type AppliedCaseChange,
  applyCaseChange,
  applyCaseChangeSql,
  type CaseChange,
  type CaseColumns,
} from './cases/apply-case-change.js';
export {
  type CaseState,
  type CaseVisibility,
  caseStateSql,
  type PendingRequest,
  type StepClock,
  selectCaseState,
  visibleCaseCondition,
} from './cases/case-state.js';
export { type InsertedCase, insertCase, insertCaseSql, type NewCaseRow } from './cases/insert-case.js';
export {
  type DuplicateCandidate,
  type IntakeCondition,
  type IntakeContext,
  type IntakeContextQuery,
  type IntakeGrid,
  intakeContextSql,
  type RuleCandidate,
  selectIntakeContext,
} from './cases/intake-context.js';
export type { PhotoRow } from './cases/photo-rows-sql.js';
export { createPrismaClient, type PrismaClientOptions } from './client.js';
export { dataDirectory } from './data-directory.js';
export { type DatabaseState, readDatabaseState } from './database-state.js';
export { type DirectQuery, directQuery, directTransaction } from './direct-query.js';
export {
  type ConsumedCaseEvent,
  type ConsumeOptions,
  type ConsumeResult,
  consumeCaseEvents,
} from './events/consume-case-events.js';
export { skipConsumerToHead } from './events/skip-consumer-to-head.js';
export type { Prisma, PrismaClient } from './generated/prisma/client.js';
export {
  AreaLevel,
  CalendarDayKind,
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
export { type ChannelEvents, type ChannelListener, listenToChannel } from './listen-channel.js';
export * from './metrics/index.js';
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
export { layerVersionsChannel, selectLayerVersions } from './spatial/layer-versions.js';
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
