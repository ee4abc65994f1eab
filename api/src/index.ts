// What other packages (the cross-package tests, the benchmark) may use from the API.
export { type AppDependencies, buildApp } from './app.js';
export { hashPassword, verifyPassword } from './auth/password.js';
export { type Config, ConfigError, loadConfig } from './config.js';
export { DomainError, type DomainErrorCode, domainErrorCodes } from './errors/domain-error.js';
export { demoUsers } from './seed/demo-users.js';
export { seedDemo } from './seed/seed-demo.js';
