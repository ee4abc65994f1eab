import { useEffect } from 'react';
import { useSession } from '../auth/session-context';
import { startOutboxRunner } from './outbox-runner';

/**
 * Sends the officer's outbox whichever screen is open: mounted by the app shell for as long as an
 * officer is signed in (a new sign-in mounts it again, which releases reports held for it). A send
 * answered UNAUTHENTICATED ends the session here, so the app asks the officer to sign in.
 */
export function OutboxSender({ owner }: { owner: string }) {
  const { expire } = useSession();
  useEffect(() => {
    const runner = startOutboxRunner({ owner, onSignedOut: expire });
    return () => runner.stop();
  }, [owner, expire]);
  return null;
}
