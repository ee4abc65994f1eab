import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { fetchMe, signInWithPassword, signOutSession } from './session-api';
import { SessionContext, type SessionValue } from './session-context';
import type { SessionState } from './session-types';

/**
 * Asks `me` once on start (the session cookie is httpOnly, the app cannot read it) and keeps the
 * answer for everyone below. If `me` fails (API down) the app carries on as anonymous: the public
 * map still works, and the sign-in form will report the outage when used.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => {
        if (!controller.signal.aborted) setState(me ? { status: 'signed-in', me } : { status: 'anonymous' });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.error('Could not ask who is signed in', error);
        setState({ status: 'anonymous' });
      },
    );
    return () => controller.abort();
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const me = await signInWithPassword(username, password);
    setState({ status: 'signed-in', me });
    return me;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await signOutSession();
    } finally {
      // Even if the API could not be told, this tab must stop acting as the user.
      setState({ status: 'anonymous' });
    }
  }, []);

  const expire = useCallback(() => setState({ status: 'anonymous' }), []);

  const value = useMemo<SessionValue>(() => ({ state, signIn, signOut, expire }), [state, signIn, signOut, expire]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
