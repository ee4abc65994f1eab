import type { LngLat } from '@gridloop/geo';
import { useT } from '../../i18n';
import type { CategoryChoice } from './category-choices';
import { CategoryPicker } from './category-picker';
import { DuplicateOffer } from './duplicate-offer';
import { PhotoField } from './photo-field';
import type { PickCounts } from './rank-category-choices';
import { useNearbyDuplicates } from './use-nearby-duplicates';
import type { Outbox } from './use-outbox';
import type { PlaceCheck } from './use-place-check';
import { type ReportNotice, useReportForm } from './use-report-form';

interface ReportFormProps {
  choices: readonly CategoryChoice[];
  counts: PickCounts;
  point: LngLat | null;
  place: PlaceCheck;
  outbox: Outbox;
  /** A report went to the outbox (or was added to a case) under this condition. */
  onPicked: (conditionId: number) => void;
}

/**
 * Category, nearby duplicates, photos, note, submit; the button stays in reach of the thumb at the
 * bottom of the screen.
 */
export function ReportForm({ choices, counts, point, place, outbox, onPicked }: ReportFormProps) {
  const t = useT();
  const form = useReportForm({ point, place, outbox, onPicked });
  const duplicates = useNearbyDuplicates(point, form.selection?.condition.id ?? null);
  return (
    <form className="report-form" onSubmit={form.submit} noValidate data-testid="report-form">
      <fieldset className="report-form__group">
        <legend className="report-form__label">{t('report.category')}</legend>
        <CategoryPicker choices={choices} counts={counts} selection={form.selection} onSelect={form.setSelection} />
      </fieldset>
      <DuplicateOffer candidates={duplicates} addingTo={form.addingTo} onAdd={form.addTo} />
      <fieldset className="report-form__group">
        <legend className="report-form__label">{t('report.photos')}</legend>
        <PhotoField photos={form.photos} />
      </fieldset>
      <label className="report-form__group report-field">
        <span className="report-form__label">{t('report.note')}</span>
        <textarea
          name="note"
          className="report-input"
          rows={2}
          maxLength={2000}
          placeholder={t('report.note.placeholder')}
          value={form.note}
          onChange={(event) => form.setNote(event.target.value)}
        />
      </label>
      <label className="report-form__check">
        <input
          type="checkbox"
          checked={form.isSelfHandled}
          onChange={(event) => form.setSelfHandled(event.target.checked)}
        />
        <span>{t('report.selfHandled')}</span>
      </label>
      {form.notice && <NoticeLine notice={form.notice} />}
      <div className="report-form__submit">
        <button
          type="submit"
          className="button button--primary report-form__button"
          disabled={form.isBusy || form.photos.isPreparing}
        >
          {form.isBusy ? t('report.saving') : t('report.submit')}
        </button>
      </div>
    </form>
  );
}

function NoticeLine({ notice }: { notice: ReportNotice }) {
  const t = useT();
  const isOk = notice.kind === 'ok';
  return (
    <p
      className={isOk ? 'report-notice' : 'report-error'}
      role={isOk ? 'status' : 'alert'}
      data-testid="report-notice"
      data-kind={notice.kind}
    >
      {t(notice.message.key, notice.message.params)}
    </p>
  );
}
