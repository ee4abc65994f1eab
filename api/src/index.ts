// What other packages (the cross-package tests, the benchmark) may use from the API.
export { type AppDependencies, buildApp } from './app.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { type Clock, systemClock } from './clock.js';
export { type Config, ConfigError, loadConfig } from './config.js';
export { DomainError, type DomainErrorCode, domainErrorCodes } from './errors/domain-error.js';
export { type AuthSettings, defaultAuthSettings } from './modules/auth/auth-settings.js';
export { type CreatedSession, createSession } from './modules/auth/create-session.js';
export { sessionRefreshIntervalSeconds } from './modules/auth/find-viewer-by-session.js';
export { pruneLoginAttempts } from './modules/auth/prune-login-attempts.js';
export { revokeAllSessionsOfUser } from './modules/auth/revoke-sessions.js';
export { hashSessionToken } from './modules/auth/session-token.js';
export { type CaseChangeFeed, createCaseChangeFeed } from './modules/cases/case-change-feed.js';
export { caseTransitions } from './modules/cases/case-status.js';
export {
  type GenerateUnitGridsInput,
  generateUnitGrids,
} from './modules/geography/generate/generate-unit-grids.js';
export type { GenerationReport } from './modules/geography/generate/generation-report.js';
export { type ImportLayerOptions, importLayer } from './modules/geography/import/import-layer.js';
export type { ImportReport } from './modules/geography/import/import-report.js';
export { readLayerFile } from './modules/geography/import/read-layer-file.js';
export { createServerTileCache } from './modules/map/create-server-tile-cache.js';
export { watchLayerVersions } from './modules/map/layer-version-watch.js';
export { createLocalDiskPhotoStore } from './modules/photos/local-disk-photo-store.js';
export { demoUsers } from './seed/demo-users.js';
export {
  type GenerateHistoryOptions,
  generateHistory,
  type HistorySummary,
} from './seed/history/generate-history.js';
export { type SeedOptions, type SeedReport, seedDemo } from './seed/seed-demo.js';
