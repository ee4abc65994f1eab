import type { Middleware } from 'koa';
import { DomainError } from '../errors/domain-error.js';
import type { Logger } from '../logger.js';

/**
 * Non-GraphQL routes answer errors as `{ error: { code, message } }`: domain errors with their own
 * code and status, everything else masked as INTERNAL_SERVER_ERROR and logged.
 */
export function handleErrors(logger: Logger): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (DomainError.is(error)) {
        ctx.status = error.httpStatus;
        ctx.body = { error: { code: error.code, message: error.message, details: error.details } };
        return;
      }
      logger.error({ err: error, method: ctx.method, path: ctx.path }, 'unexpected error in an HTTP route');
      ctx.status = 500;
      ctx.body = { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' } };
    }
  };
}
