import { useCallback, useState } from 'react';
import { GraphQLRequestError } from '../../api/graphql-client';
import type { MessageRef } from '../../i18n';
import { useSession } from '../auth/session-context';
import { actOnCase } from './act-on-case';
import { type ActionForm, toActionInput } from './action-inputs';
import type { CaseAction } from './case-enums';
import { caseErrorMessage } from './case-error-message';
import type { CaseDetail } from './case-types';

export type ActionOutcome =
  | { ok: true; updated: CaseDetail }
  /** `reloaded`: the case moved on under the person; it is being fetched again, the dialog closes. */
  | { ok: false; message: MessageRef; reloaded: boolean };

/** Codes after which what the person saw is out of date: reload rather than let them retry. */
const RELOAD_ON = new Set(['STALE_VERSION', 'INVALID_TRANSITION', 'REQUEST_PENDING', 'NO_PENDING_REQUEST']);

/**
 * Sends actions on the open case with the version it was loaded at, so a decision made on an
 * outdated screen is refused (STALE_VERSION) instead of applied; then the case is reloaded.
 */
export function useCaseAction(
  detail: CaseDetail,
  handlers: { onDone: (updated: CaseDetail) => void; onReload: () => void },
) {
  const { expire } = useSession();
  const [isBusy, setBusy] = useState(false);
  const { onDone, onReload } = handlers;

  const run = useCallback(
    async (action: CaseAction, form: ActionForm, photos: readonly File[]): Promise<ActionOutcome> => {
      setBusy(true);
      try {
        const updated = await actOnCase(toActionInput(detail, action, form), photos);
        onDone(updated);
        return { ok: true, updated };
      } catch (error) {
        const code = error instanceof GraphQLRequestError ? error.code : undefined;
        if (code === 'UNAUTHENTICATED') expire();
        const reloaded = code !== undefined && RELOAD_ON.has(code);
        if (reloaded) onReload();
        return { ok: false, message: caseErrorMessage(error), reloaded };
      } finally {
        setBusy(false);
      }
    },
    [detail, onDone, onReload, expire],
  );

  return { run, isBusy };
}
