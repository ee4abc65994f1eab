import { type FormEvent, useRef, useState } from 'react';
import { type MessageRef, useT } from '../../i18n';
import { ActionDialogFields } from './action-dialog-fields';
import { type ActionForm, actionInputs, initialActionForm, type MissingInput, missingInput } from './action-inputs';
import type { CaseAction } from './case-enums';
import type { CaseDetail, DuplicateCandidate } from './case-types';
import { useModalDialog } from './use-modal-dialog';
import './action-dialog.css';

interface ActionDialogProps {
  detail: CaseDetail;
  action: CaseAction;
  candidates: readonly DuplicateCandidate[];
  isBusy: boolean;
  /** The API's refusal of the last attempt, shown in the dialog. */
  error: MessageRef | null;
  onCancel: () => void;
  onConfirm: (form: ActionForm, photos: readonly File[]) => void;
}

/**
 * A modal asking exactly what the action needs (reason, department, extra time, merge target,
 * photos). Enter confirms, Esc cancels; focus starts where the person types first — the reason
 * if one is required, else the confirm button (so a preselected dispatch is one Enter away).
 */
export function ActionDialog({ detail, action, candidates, isBusy, error, onCancel, onConfirm }: ActionDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const note = useRef<HTMLTextAreaElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const [values, setValues] = useState<ActionForm>(() => initialActionForm(detail));
  const [photos, setPhotos] = useState<File[]>([]);
  const [missing, setMissing] = useState<MissingInput | null>(null);
  const isNoteFirst = actionInputs(action).note === 'required';
  useModalDialog(dialog, isNoteFirst ? note : confirm);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const gap = missingInput(action, values, detail.suggestedDepartment?.id ?? null);
    setMissing(gap);
    if (gap === null && !isBusy) onConfirm(values, photos);
  };
  const onCancelEvent = (event: { preventDefault(): void }) => {
    event.preventDefault(); // the parent unmounts the dialog; closing it here would race React
    onCancel();
  };

  return (
    <dialog ref={dialog} className="action-dialog" data-testid="action-dialog" onCancel={onCancelEvent}>
      <form ref={form} className="action-dialog__form" onSubmit={submit} noValidate>
        <h3 className="action-dialog__title">
          {t('cases.dialog.title', { action: t(`caseAction.${action}`), code: detail.code })}
        </h3>
        <ActionDialogFields
          {...{ detail, action, candidates, values, photos }}
          onValues={(patch) => setValues((previous) => ({ ...previous, ...patch }))}
          onPhotos={setPhotos}
          noteRef={isNoteFirst ? note : undefined}
          onEnter={() => form.current?.requestSubmit()}
        />
        {missing && (
          <p className="action-dialog__error" role="alert">
            {t(`cases.missing.${missing}`)}
          </p>
        )}
        {error && (
          <p className="action-dialog__error" role="alert" data-testid="action-dialog-error">
            {t(error.key, error.params)}
          </p>
        )}
        <p className="action-dialog__keys">{t('cases.dialog.keys')}</p>
        <div className="action-dialog__buttons">
          <button type="button" className="button" onClick={onCancel}>
            {t('cases.dialog.cancel')}
          </button>
          <button ref={confirm} type="submit" className="button button--primary" disabled={isBusy}>
            {isBusy ? t('cases.dialog.sending') : t('cases.dialog.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
