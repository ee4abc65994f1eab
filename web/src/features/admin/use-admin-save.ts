import { useCallback, useState } from 'react';
import { useSession } from '../auth/session-context';
import { type AdminError, toAdminError } from './admin-error';

/**
 * Runs one admin change and keeps its refusal for the form to show beside the blamed field.
 * `save` resolves true when the change went through, so the caller can close the form and reload.
 */
export function useAdminSave() {
  const { expire } = useSession();
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<AdminError | null>(null);

  const save = useCallback(
    async (change: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await change();
        return true;
      } catch (reason) {
        const refused = toAdminError(reason);
        if (refused.code === 'UNAUTHENTICATED') expire();
        setError(refused);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [expire],
  );

  const clearError = useCallback(() => setError(null), []);
  return { save, isBusy, error, setError, clearError };
}
