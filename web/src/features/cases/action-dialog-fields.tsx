import type { Ref } from 'react';
import { type ActionForm, actionInputs } from './action-inputs';
import type { CaseAction } from './case-enums';
import type { CaseDetail, DuplicateCandidate } from './case-types';
import { DepartmentSelect } from './department-select';
import { ExtensionFields } from './extension-fields';
import { MergeTargetChoice } from './merge-target-choice';
import { NoteField } from './note-field';
import { PhotoPicker } from './photo-picker';

interface ActionDialogFieldsProps {
  detail: CaseDetail;
  action: CaseAction;
  candidates: readonly DuplicateCandidate[];
  values: ActionForm;
  onValues: (patch: Partial<ActionForm>) => void;
  photos: readonly File[];
  onPhotos: (photos: File[]) => void;
  /** Given when the reason is where typing starts. */
  noteRef: Ref<HTMLTextAreaElement> | undefined;
  onEnter: () => void;
}

/** Exactly the inputs the action takes (see `actionInputs`), in the order a person decides them. */
export function ActionDialogFields(props: ActionDialogFieldsProps) {
  const { detail, values, onValues } = props;
  const inputs = actionInputs(props.action);
  return (
    <>
      {inputs.department && (
        <DepartmentSelect
          value={values.departmentId}
          suggested={detail.suggestedDepartment}
          onChange={(departmentId) => onValues({ departmentId })}
        />
      )}
      {inputs.mergeTarget && (
        <MergeTargetChoice
          candidates={props.candidates}
          value={values.mergeIntoId}
          onChange={(mergeIntoId) => onValues({ mergeIntoId })}
        />
      )}
      {inputs.extension && (
        <ExtensionFields amount={values.extensionAmount} unit={values.extensionUnit} onChange={onValues} />
      )}
      {inputs.note !== 'none' && (
        <NoteField
          ref={props.noteRef}
          kind={inputs.note}
          value={values.note}
          onChange={(note) => onValues({ note })}
          onEnter={props.onEnter}
        />
      )}
      {inputs.photos && <PhotoPicker files={props.photos} onChange={props.onPhotos} />}
    </>
  );
}
