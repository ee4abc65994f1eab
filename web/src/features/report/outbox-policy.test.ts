import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { newOutboxEntry, type OutboxEntry } from './outbox-entry';
import {
  afterFailure,
  afterSuccess,
  backoffMs,
  classifySendError,
  isDue,
  nextDueAt,
  recoverInterrupted,
  retryNow,
  sentToForget,
} from './outbox-policy';

const t0 = Date.parse('2030-03-04T09:00:00+08:00');
const draft = {
  lng: 121.4845,
  lat: 31.2386,
  categoryId: 40,
  filingConditionId: 41,
  description: '夜间施工噪声扰民',
  selfHandled: false,
  categoryName: '施工扰民',
  categoryNameEn: 'Construction noise',
  conditionDescription: '22时至次日6时未经批准施工，噪声扰民',
  gridCode: '310101002001001',
};
const photo = { name: 'a.jpg', blob: new Blob(['jpeg'], { type: 'image/jpeg' }) };

function entry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return { ...newOutboxEntry({ id: 'key-1', owner: 'officer', draft, photos: [photo], now: t0 }), ...overrides };
}
const coded = (code: string, status: number) => new GraphQLRequestError(`refused: ${code}`, { code, status });
const uncoded = (status: number) => new GraphQLRequestError('no answer', { status });

describe('classifySendError', () => {
  it.each(['BAD_REQUEST', 'OUTSIDE_JURISDICTION', 'PHOTO_REQUIRED', 'INVALID_FILE', 'PAYLOAD_TOO_LARGE', 'FORBIDDEN'])(
    'gives up on %s: the same report would be refused again',
    (code) => {
      expect(classifySendError(coded(code, 400))).toEqual({
        kind: 'permanent',
        error: { code, message: `refused: ${code}` },
      });
    },
  );

  it('keeps retrying without network, on 5xx, SERVICE_UNAVAILABLE and anything unknown', () => {
    expect(classifySendError(uncoded(0)).error.code).toBe('NETWORK');
    expect(classifySendError(uncoded(0)).kind).toBe('transient');
    expect(classifySendError(uncoded(502))).toMatchObject({ kind: 'transient', error: { code: 'HTTP 502' } });
    expect(classifySendError(coded('SERVICE_UNAVAILABLE', 503)).kind).toBe('transient');
    expect(classifySendError(coded('INTERNAL_SERVER_ERROR', 500)).kind).toBe('transient');
    expect(classifySendError(new TypeError('odd')).kind).toBe('transient');
    expect(classifySendError(uncoded(429)).kind).toBe('transient');
  });

  it('waits for a new sign-in on UNAUTHENTICATED, and gives up on an uncoded 4xx', () => {
    expect(classifySendError(coded('UNAUTHENTICATED', 401)).kind).toBe('signed-out');
    expect(classifySendError(uncoded(413)).kind).toBe('permanent');
  });
});

describe('backoffMs', () => {
  it('doubles from 5 seconds to a 5-minute ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(backoffMs)).toEqual([
      5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000,
    ]);
    expect(backoffMs(0)).toBe(5_000);
    expect(backoffMs(1000)).toBe(300_000);
  });
});

describe('the outbox state machine', () => {
  it('queues a new report due at once, with its photos and key', () => {
    const fresh = entry();
    expect(fresh).toMatchObject({ id: 'key-1', state: 'queued', attempts: 0, nextAttemptAt: t0, photoCount: 1 });
    expect(isDue(fresh, t0)).toBe(true);
  });

  it('backs off after a network failure and is not due before its time', () => {
    const once = afterFailure(entry(), uncoded(0), t0);
    expect(once).toMatchObject({ state: 'queued', attempts: 1, nextAttemptAt: t0 + 5_000 });
    expect(isDue(once, t0 + 4_999)).toBe(false);
    expect(isDue(once, t0 + 5_000)).toBe(true);
    const twice = afterFailure(once, coded('SERVICE_UNAVAILABLE', 503), t0 + 5_000);
    expect(twice).toMatchObject({ state: 'queued', attempts: 2, nextAttemptAt: t0 + 15_000 });
  });

  it('fails a refused report with the reason, and a hand retry starts over', () => {
    const refused = afterFailure(entry(), coded('OUTSIDE_JURISDICTION', 422), t0);
    expect(refused).toMatchObject({ state: 'failed', lastError: { code: 'OUTSIDE_JURISDICTION' } });
    expect(isDue(refused, t0 + 3_600_000)).toBe(false);
    const retried = retryNow(refused, t0 + 60_000);
    expect(retried).toMatchObject({ state: 'queued', attempts: 0, nextAttemptAt: t0 + 60_000 });
  });

  it('holds a report while signed out, and sends it after the next sign-in', () => {
    const held = afterFailure(entry(), coded('UNAUTHENTICATED', 401), t0);
    expect(held.state).toBe('needs-sign-in');
    expect(isDue(held, t0 + 10_000)).toBe(false);
    expect(retryNow(held, t0 + 10_000)).toMatchObject({ state: 'queued', nextAttemptAt: t0 + 10_000, attempts: 1 });
  });

  it('marks a sent report with its case, drops its photos, and never sends it again', () => {
    const sent = afterSuccess(entry({ state: 'sending' }), { caseId: '7', code: '3101012030030400001' }, t0);
    expect(sent).toMatchObject({ state: 'sent', photos: [], photoCount: 1, sent: { code: '3101012030030400001' } });
    expect(isDue(sent, t0 + 1)).toBe(false);
    expect(retryNow(sent, t0 + 1)).toBe(sent);
  });

  it('puts an interrupted send back in the queue when the app starts again', () => {
    expect(recoverInterrupted(entry({ state: 'sending', nextAttemptAt: t0 }), t0 + 9).state).toBe('queued');
    const failed = entry({ state: 'failed' });
    expect(recoverInterrupted(failed, t0)).toBe(failed);
  });

  it('knows when the next queued report falls due', () => {
    expect(
      nextDueAt([
        entry({ nextAttemptAt: t0 + 30 }),
        entry({ nextAttemptAt: t0 + 10 }),
        entry({ state: 'failed', nextAttemptAt: 0 }),
      ]),
    ).toBe(t0 + 10);
    expect(nextDueAt([entry({ state: 'sent' })])).toBeNull();
  });

  it('forgets sent reports older than a week beyond the newest twenty', () => {
    const week = 7 * 24 * 3600_000;
    const sentAt = (index: number) => t0 - index * 3600_000 * 24;
    const many = Array.from({ length: 25 }, (_, index) =>
      entry({ id: `k${index}`, state: 'sent', sent: { caseId: String(index), code: 'c', sentAt: sentAt(index) } }),
    );
    const forgotten = sentToForget(many, t0);
    expect(forgotten).toEqual(['k20', 'k21', 'k22', 'k23', 'k24']);
    expect(sentToForget(many.slice(0, 20), t0 + week * 10)).toEqual([]);
  });
});
