import type { Me } from './session-types';

const STORAGE_KEY = 'gridloop.rememberedMe';

/**
 * The last signed-in user on this device. An officer opening the app with no network cannot ask
 * the API who they are, yet must still reach the report screen and its outbox; this answers for
 * the API until it can be asked. It only chooses what the app shows: every request is still
 * authorized by the session cookie, and a request answered UNAUTHENTICATED ends it.
 */
export function readRememberedMe(): Me | null {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    const value = text === null ? null : (JSON.parse(text) as Me);
    return value !== null && typeof value.username === 'string' && Array.isArray(value.roles) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers `me` (or forgets, with null) after the API answered or the user signed out. */
export function rememberMe(me: Me | null): void {
  try {
    if (me === null) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, JSON.stringify(me));
  } catch {
    // Storage disabled: the app then needs the network to know who is signed in, as before.
  }
}
