import { useEffect, useRef, useState } from 'react';
import { useSession } from '../auth/session-context';
import type { CaseChange } from './case-types';
import { type LiveState, subscribeToCaseChanges } from './subscribe-case-changes';

/** Changes arriving within this long are handled as one batch (one refresh for a burst). */
const DEBOUNCE_MS = 300;

/**
 * Live case changes for the signed-in viewer, delivered in debounced batches; a reconnect also
 * delivers an empty batch, since changes made while the stream was down were not heard. Returns
 * the stream's state for the live indicator.
 */
export function useCaseChanges(onBatch: (changes: readonly CaseChange[]) => void): LiveState {
  const { expire } = useSession();
  const [state, setState] = useState<LiveState>('connecting');
  const latest = useRef(onBatch);
  latest.current = onBatch;

  useEffect(() => {
    let pending: CaseChange[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    const flushSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const batch = pending;
        pending = [];
        latest.current(batch);
      }, DEBOUNCE_MS);
    };
    const stop = subscribeToCaseChanges({
      onChange: (change) => {
        pending.push(change);
        flushSoon();
      },
      onState: (next) => {
        if (next === 'connected' && wasDown) flushSoon();
        wasDown = next === 'reconnecting';
        setState(next);
      },
      onUnauthenticated: expire,
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [expire]);

  return state;
}
