import type { KeyboardEvent, Ref } from 'react';
import { useT } from '../../i18n';
import type { ActionInputs } from './action-inputs';

interface NoteFieldProps {
  ref?: Ref<HTMLTextAreaElement> | undefined;
  kind: Exclude<ActionInputs['note'], 'none'>;
  value: string;
  onChange: (note: string) => void;
  /** Enter without Shift: confirm the dialog (Shift+Enter starts a new line). */
  onEnter: () => void;
}

const LABELS = {
  required: 'cases.dialog.noteRequired',
  optional: 'cases.dialog.noteOptional',
  'if-changed': 'cases.dialog.noteIfChanged',
} as const;

/** The reason or remark of an action; up to 2000 characters, as the API accepts. */
export function NoteField({ ref, kind, value, onChange, onEnter }: NoteFieldProps) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter();
  };
  return (
    <label className="action-dialog__field">
      <span>{t(LABELS[kind])}</span>
      <textarea
        ref={ref}
        name="note"
        rows={3}
        maxLength={2000}
        value={value}
        required={kind === 'required'}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </label>
  );
}
