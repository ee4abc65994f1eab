import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { defaultAuthSettings } from '../src/modules/auth/auth-settings.js';
import { retryAfterSeconds } from '../src/modules/auth/login-throttle.js';

const now = new Date('2030-03-01T08:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('retry-after for a locked sign-in', () => {
  it('waits until the blocking failure leaves the window', () => {
    expect(retryAfterSeconds([ago(0)], now, 15)).toBe(900);
    expect(retryAfterSeconds([ago(600)], now, 15)).toBe(300);
    expect(retryAfterSeconds([ago(599.5)], now, 15)).toBe(301); // rounded up: never invite an early retry
  });

  it('waits for the later of the account and address locks, and at least a second', () => {
    expect(retryAfterSeconds([ago(800), ago(100)], now, 15)).toBe(800);
    expect(retryAfterSeconds([ago(900)], now, 15)).toBe(1);
  });
});

describe('auth configuration', () => {
  const url = 'postgresql://root@localhost/gridloop?host=/var/run/postgresql';

  it('defaults to 12 h idle, 7 days at most, 5 failures per account and 20 per address per 15 min', () => {
    expect(loadConfig({ DATABASE_URL: url }).auth).toEqual(defaultAuthSettings);
    expect(defaultAuthSettings).toEqual({
      sessionTtlHours: 12,
      sessionMaxHours: 168,
      maxFailuresPerAccount: 5,
      maxFailuresPerIp: 20,
      failureWindowMinutes: 15,
    });
  });

  it('reads each setting from the environment and rejects nonsense', () => {
    const config = loadConfig({ DATABASE_URL: url, SESSION_TTL_HOURS: '8', LOGIN_MAX_FAILURES_PER_IP: '50' });
    expect(config.auth).toMatchObject({ sessionTtlHours: 8, maxFailuresPerIp: 50 });
    expect(() => loadConfig({ DATABASE_URL: url, LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' })).toThrow(
      /LOGIN_MAX_FAILURES_PER_ACCOUNT/,
    );
  });
});
