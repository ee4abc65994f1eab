import type { LngLat } from '@gridloop/geo';
import { type FormEvent, useState } from 'react';
import type { MessageRef } from '../../i18n';
import { caseErrorMessage } from '../cases/case-error-message';
import type { DuplicateCandidate } from '../cases/case-types';
import { addToCase } from './add-to-case';
import type { CategorySelection } from './category-picker';
import type { ReportDraft } from './outbox-entry';
import { reportDescription } from './report-description';
import { reportProblem } from './report-problem';
import type { Outbox } from './use-outbox';
import { usePhotoPicks } from './use-photo-picks';
import type { PlaceCheck } from './use-place-check';

export type ReportNotice = { kind: 'ok' | 'error'; message: MessageRef };

interface ReportFormOptions {
  point: LngLat | null;
  place: PlaceCheck;
  outbox: Outbox;
  onPicked: (conditionId: number) => void;
}

/**
 * The report being written and its two ways out: submit (to the outbox on the phone, which is
 * instant and survives anything) or add to a nearby open case (a COMMENT, online). Either way the
 * form empties, keeping the point: the next problem is usually nearby.
 */
export function useReportForm({ point, place, outbox, onPicked }: ReportFormOptions) {
  const [selection, setSelection] = useState<CategorySelection | null>(null);
  const [note, setNote] = useState('');
  const [isSelfHandled, setSelfHandled] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const [notice, setNotice] = useState<ReportNotice | null>(null);
  const photos = usePhotoPicks();

  const finish = (conditionId: number, message: MessageRef) => {
    onPicked(conditionId);
    setSelection(null);
    setNote('');
    setSelfHandled(false);
    photos.clear();
    setNotice({ kind: 'ok', message });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const condition = selection?.condition ?? null;
    const problem = reportProblem({ hasPoint: point !== null, place, condition, photoCount: photos.picks.length });
    if (problem !== null || point === null || selection === null) {
      setNotice({ kind: 'error', message: { key: problem ?? 'report.problem.noPoint' } });
      return;
    }
    setBusy(true);
    try {
      const draft = toDraft(point, place, selection, note, isSelfHandled);
      await outbox.enqueue(
        draft,
        photos.picks.map((pick) => pick.photo),
      );
      finish(selection.condition.id, { key: navigator.onLine ? 'report.saved' : 'report.savedOffline' });
    } catch (error) {
      console.error('Could not save the report on the device', error);
      setNotice({ kind: 'error', message: { key: 'report.problem.storage' } });
    } finally {
      setBusy(false);
    }
  };

  const addTo = async (candidate: DuplicateCandidate) => {
    if (selection === null) return;
    setAddingTo(candidate.id);
    try {
      const description = reportDescription(note, selection.choice, selection.condition);
      const sent = await addToCase(
        candidate.id,
        description,
        photos.picks.map((pick) => pick.photo),
      );
      finish(selection.condition.id, { key: 'report.duplicates.added', params: { code: sent.code } });
    } catch (error) {
      setNotice({ kind: 'error', message: caseErrorMessage(error) });
    } finally {
      setAddingTo(null);
    }
  };

  return {
    selection,
    setSelection,
    note,
    setNote,
    isSelfHandled,
    setSelfHandled,
    photos,
    isBusy,
    addingTo,
    notice,
    submit,
    addTo,
  };
}

function toDraft(
  point: LngLat,
  place: PlaceCheck,
  { choice, condition }: CategorySelection,
  note: string,
  isSelfHandled: boolean,
): ReportDraft {
  return {
    lng: point[0],
    lat: point[1],
    categoryId: choice.id,
    filingConditionId: condition.id,
    description: reportDescription(note, choice, condition),
    selfHandled: isSelfHandled,
    categoryName: choice.name,
    categoryNameEn: choice.nameEn,
    conditionDescription: condition.description,
    gridCode: place.status === 'in-scope' ? place.location.unitGrid.code : null,
  };
}
