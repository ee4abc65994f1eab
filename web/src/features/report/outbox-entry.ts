import type { PreparedPhoto } from './compress-photo';

/**
 * Where a report stands on the device:
 * - `queued`: waiting for its next attempt (`nextAttemptAt`), e.g. because the phone is offline;
 * - `sending`: a request is out (found after a restart, it was interrupted and goes back to queued);
 * - `sent`: the API acknowledged it (`sent` holds the case code);
 * - `failed`: the API refused it for a reason retrying cannot fix (`lastError` says why);
 * - `needs-sign-in`: the session ended; it waits until the officer signs in again.
 */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'needs-sign-in';

/** What the officer entered: the `reportCase` input, plus names to show it in the outbox. */
export interface ReportDraft {
  /** WGS84, as the browser's geolocation and the map give it. */
  lng: number;
  lat: number;
  categoryId: number;
  filingConditionId: number;
  description: string;
  selfHandled: boolean;
  categoryName: string;
  categoryNameEn: string | null;
  conditionDescription: string;
  /** The unit grid gridAt found before submitting; null when it was not asked (offline). */
  gridCode: string | null;
}

/** Why the last attempt failed: the API's code (or NETWORK / HTTP 5xx) and its message. */
export interface SendError {
  code: string;
  message: string;
}

/** One report in the outbox (one IndexedDB record). */
export interface OutboxEntry {
  /** The idempotency key (crypto.randomUUID on the device): a resend returns the same case. */
  id: string;
  /** The officer who reported it; only their session sends it. */
  owner: string;
  /** Epoch milliseconds. */
  createdAt: number;
  draft: ReportDraft;
  /** Compressed on the phone; dropped once sent, to give the space back. */
  photos: PreparedPhoto[];
  photoCount: number;
  state: OutboxState;
  /** Attempts since it was queued (or retried by hand); drives the backoff. */
  attempts: number;
  nextAttemptAt: number;
  lastError: SendError | null;
  sent: { caseId: string; code: string; sentAt: number } | null;
}

/**
 * A new entry, due at once. The key is made here, before anything is sent, so every later try of
 * this report carries the same one.
 *
 * @example newOutboxEntry({ owner: 'officer', draft, photos: [], now: Date.now(), id: crypto.randomUUID() })
 */
export function newOutboxEntry(options: {
  id: string;
  owner: string;
  draft: ReportDraft;
  photos: readonly PreparedPhoto[];
  now: number;
}): OutboxEntry {
  return {
    id: options.id,
    owner: options.owner,
    createdAt: options.now,
    draft: options.draft,
    photos: [...options.photos],
    photoCount: options.photos.length,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: options.now,
    lastError: null,
    sent: null,
  };
}
