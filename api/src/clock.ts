/**
 * The time source. Business logic asks a Clock instead of calling `new Date()`, so tests can move
 * time (session expiry, lockout windows, deadlines) without sleeping.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
