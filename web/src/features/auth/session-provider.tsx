import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { GraphQLRequestError } from '../../api/graphql-client';
import { readRememberedMe, rememberMe } from './remembered-me';
import { fetchMe, signInWithPassword, signOutSession } from './session-api';
import { SessionContext, type SessionValue } from './session-context';
import type { SessionState } from './session-types';

/**
 * Asks `me` once on start (the session cookie is httpOnly, the app cannot read it) and keeps the
 * answer for everyone below. Without network the user last signed in on this device is assumed
 * (an officer's phone must open the report screen and its outbox offline); if the API is down
 * otherwise, the app carries on as anonymous: the public map still works, and the sign-in form
 * will report the outage when used.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => {
        if (controller.signal.aborted) return;
        rememberMe(me);
        setState(me ? { status: 'signed-in', me } : { status: 'anonymous' });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const remembered = isOffline(error) ? readRememberedMe() : null;
        if (remembered === null) console.error('Could not ask who is signed in', error);
        setState(remembered ? { status: 'signed-in', me: remembered } : { status: 'anonymous' });
      },
    );
    return () => controller.abort();
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const me = await signInWithPassword(username, password);
    rememberMe(me);
    setState({ status: 'signed-in', me });
    return me;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await signOutSession();
    } finally {
      // Even if the API could not be told, this tab must stop acting as the user.
      rememberMe(null);
      setState({ status: 'anonymous' });
    }
  }, []);

  const expire = useCallback(() => {
    rememberMe(null);
    setState({ status: 'anonymous' });
  }, []);

  const value = useMemo<SessionValue>(() => ({ state, signIn, signOut, expire }), [state, signIn, signOut, expire]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** No answer at all (status 0): the device is offline or the server unreachable. */
function isOffline(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.status === 0;
}
