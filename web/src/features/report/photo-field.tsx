import { useT } from '../../i18n';
import { MAX_PHOTOS, type PhotoPicks } from './use-photo-picks';

/**
 * Photos for the report: one button opens the camera directly (`capture`: on most phones that
 * input cannot reach the gallery), the other the gallery; each photo is compressed on the phone and
 * shown as a thumbnail that can be removed.
 */
export function PhotoField({ photos }: { photos: PhotoPicks }) {
  const t = useT();
  const isFull = photos.picks.length >= MAX_PHOTOS;
  return (
    <div className="photo-field">
      <ul className="photo-field__list" data-testid="report-photos">
        {photos.picks.map((pick, index) => (
          <li key={pick.id} className="photo-field__item">
            <img src={pick.url} alt="" width="72" height="72" />
            <button
              type="button"
              className="photo-field__remove"
              aria-label={t('report.photos.remove', { index: index + 1 })}
              onClick={() => photos.remove(pick.id)}
            >
              ×
            </button>
          </li>
        ))}
        {!isFull && (
          <li className="photo-field__adders">
            <PhotoInput kind="camera" label={t('report.photos.camera')} onFiles={photos.add} />
            <PhotoInput kind="gallery" label={t('report.photos.gallery')} onFiles={photos.add} />
          </li>
        )}
      </ul>
      {photos.isPreparing && <p className="report-muted">{t('report.photos.preparing')}</p>}
      {isFull && <p className="report-muted">{t('report.photos.max', { count: MAX_PHOTOS })}</p>}
      {photos.unreadable.map((name) => (
        <p key={name} className="report-error" role="alert">
          {t('report.photos.unreadable', { name })}
        </p>
      ))}
    </div>
  );
}

/** Line icons drawn here rather than emoji, which many phones and Linux browsers lack a font for. */
const ICONS = {
  camera: 'M4 8h3.5l1.5-2.5h6L16.5 8H20v11H4z M12 10.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z',
  gallery: 'M4 5h16v14H4z M4 16l5-5l4 4l3-3l4 4 M15.5 8.5a1 1 0 1 0 0 .01z',
} as const;

interface PhotoInputProps {
  kind: 'camera' | 'gallery';
  label: string;
  onFiles: (files: File[]) => Promise<void>;
}

function PhotoInput({ kind, label, onFiles }: PhotoInputProps) {
  return (
    <label className="photo-field__add">
      <input
        type="file"
        name={`photo-${kind}`}
        accept="image/*"
        {...(kind === 'camera' && { capture: 'environment' as const })}
        multiple
        className="visually-hidden"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = ''; // the same photo can be picked again after removing it
          void onFiles(files);
        }}
      />
      <svg className="photo-field__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <path d={ICONS[kind]} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinejoin="round" />
      </svg>
      <span>{label}</span>
    </label>
  );
}
