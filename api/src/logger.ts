import { type Logger, pino } from 'pino';

export type { Logger };

/** Structured JSON logs (pino); readable when piped through `pino-pretty` in development. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'gridloop-api' },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}
