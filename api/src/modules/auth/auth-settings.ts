/**
 * Session lifetimes and sign-in throttling. main.ts fills them from the environment (config.ts
 * takes its defaults from here); tests pass their own to buildApp.
 */
export interface AuthSettings {
  /** Idle lifetime: a session unused this long expires. Each use extends it (at most once a minute). */
  sessionTtlHours: number;
  /** Absolute lifetime from sign-in, however active the session: a stolen token does not live forever. */
  sessionMaxHours: number;
  /** Failed sign-ins per username within the window before that account is locked. */
  maxFailuresPerAccount: number;
  /** Failed sign-ins per client address within the window, whatever the usernames (password spraying). */
  maxFailuresPerIp: number;
  /** The sliding window the failures are counted over; a lock lifts once old failures leave it. */
  failureWindowMinutes: number;
}

/** 12 h covers one shift; a week bounds a token. 5 per account and 20 per address per 15 min (OWASP-style). */
export const defaultAuthSettings: AuthSettings = {
  sessionTtlHours: 12,
  sessionMaxHours: 168,
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 20,
  failureWindowMinutes: 15,
};
