import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const base = { DATABASE_URL: 'postgresql://gridloop@localhost/gridloop' };

describe('background-job settings', () => {
  it('runs jobs in the API by default, two at a time, scanning every 15 s, with no outbound channel', () => {
    expect(loadConfig(base).jobs).toEqual({
      runInApi: true,
      concurrency: 2,
      escalationIntervalSeconds: 15,
      eventConsumerIntervalSeconds: 5,
      webhook: null,
    });
  });

  it('reads JOB_WORKER, JOB_CONCURRENCY, the intervals and the webhook pair', () => {
    const env = {
      ...base,
      JOB_WORKER: 'off',
      JOB_CONCURRENCY: '4',
      ESCALATION_INTERVAL_SECONDS: '30',
      EVENT_CONSUMER_INTERVAL_SECONDS: '2',
      NOTIFY_WEBHOOK_URL: 'https://hooks.example.org/gridloop',
      NOTIFY_WEBHOOK_SECRET: '0123456789abcdef',
    };
    expect(loadConfig(env).jobs).toEqual({
      runInApi: false,
      concurrency: 4,
      escalationIntervalSeconds: 30,
      eventConsumerIntervalSeconds: 2,
      webhook: { url: 'https://hooks.example.org/gridloop', secret: '0123456789abcdef' },
    });
  });

  it.each([
    [{ JOB_WORKER: 'yes' }, /JOB_WORKER/],
    [{ JOB_CONCURRENCY: '0' }, /JOB_CONCURRENCY/],
    [{ ESCALATION_INTERVAL_SECONDS: '0.5' }, /ESCALATION_INTERVAL_SECONDS/],
    [
      { NOTIFY_WEBHOOK_URL: 'ftp://hooks.example.org/x', NOTIFY_WEBHOOK_SECRET: '0123456789abcdef' },
      /NOTIFY_WEBHOOK_URL/,
    ],
    [{ NOTIFY_WEBHOOK_URL: 'https://hooks.example.org/x' }, /go together/],
    [{ NOTIFY_WEBHOOK_URL: 'https://hooks.example.org/x', NOTIFY_WEBHOOK_SECRET: 'short' }, /NOTIFY_WEBHOOK_SECRET/],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });
});
