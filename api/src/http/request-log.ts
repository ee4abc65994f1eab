import type { Middleware } from 'koa';
import type { Logger } from '../logger.js';

/** One structured line per request, at debug for probes so they do not drown the log. */
export function logRequests(logger: Logger): Middleware {
  return async (ctx, next) => {
    const started = performance.now();
    await next();
    const line = {
      method: ctx.method,
      path: ctx.path,
      status: ctx.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (ctx.path === '/healthz' || ctx.path === '/readyz') logger.debug(line, 'request');
    else logger.info(line, 'request');
  };
}
