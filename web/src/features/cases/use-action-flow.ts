import { useState } from 'react';
import type { MessageRef } from '../../i18n';
import { type ActionForm, initialActionForm, opensDialog } from './action-inputs';
import type { CaseAction } from './case-enums';
import type { CaseDetail } from './case-types';
import { useActionShortcuts } from './use-action-shortcuts';
import { useCaseAction } from './use-case-action';

/** What the panel says after an action: done, or why not. */
export type ActionNotice = { kind: 'done'; action: CaseAction } | { kind: 'error'; message: MessageRef };

interface ActionFlowHandlers {
  onReload: () => void;
  onReplace: (detail: CaseDetail) => void;
  onActed: (caseId: string, version: number) => void;
}

/**
 * From a button or key to a sent action: one-click actions go at once; the others open the dialog,
 * which confirms with the form. A refusal the person can fix (a missing reason the API caught)
 * stays in the dialog; one that made the screen outdated (STALE_VERSION…) closes it, reloads the
 * case and says so above the actions.
 */
export function useActionFlow(detail: CaseDetail, { onReload, onReplace, onActed }: ActionFlowHandlers) {
  const [dialogAction, setDialogAction] = useState<CaseAction | null>(null);
  const [dialogError, setDialogError] = useState<MessageRef | null>(null);
  const [notice, setNotice] = useState<ActionNotice | null>(null);
  const { run, isBusy } = useCaseAction(detail, { onDone: onReplace, onReload });

  const send = async (action: CaseAction, form: ActionForm, photos: readonly File[]) => {
    const outcome = await run(action, form, photos);
    if (outcome.ok) {
      setDialogAction(null);
      setNotice({ kind: 'done', action });
      onActed(outcome.updated.id, outcome.updated.version);
    } else if (outcome.reloaded || !opensDialog(action)) {
      setDialogAction(null);
      setNotice({ kind: 'error', message: outcome.message });
    } else {
      setDialogError(outcome.message);
    }
  };

  const start = (action: CaseAction) => {
    if (isBusy) return;
    setNotice(null);
    setDialogError(null);
    if (opensDialog(action)) setDialogAction(action);
    else void send(action, initialActionForm(detail), []);
  };

  useActionShortcuts(detail.availableActions, start);

  const confirm = (form: ActionForm, photos: readonly File[]) => {
    if (dialogAction !== null) void send(dialogAction, form, photos);
  };
  return { dialogAction, dialogError, notice, isBusy, start, confirm, cancel: () => setDialogAction(null) };
}
