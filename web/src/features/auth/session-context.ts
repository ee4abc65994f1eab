import { createContext, useContext } from 'react';
import type { Me, SessionState } from './session-types';

export interface SessionValue {
  state: SessionState;
  /** Rejects with a `GraphQLRequestError` (UNAUTHENTICATED, TOO_MANY_ATTEMPTS…) for the form to show. */
  signIn(username: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  /** A request answered UNAUTHENTICATED: the session ended elsewhere (expired, revoked). */
  expire(): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

/** The session shared by the header and every section. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession() needs a <SessionProvider> above it');
  return value;
}

/** The signed-in user, or null (anonymous or still loading). */
export function useMe(): Me | null {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.me : null;
}
