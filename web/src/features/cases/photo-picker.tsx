import { useT } from '../../i18n';

/** The API takes at most this many photos per action. */
const MAX_PHOTOS = 9;

interface PhotoPickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
}

/** Result or check photos for an action (JPEG, PNG, WebP; the API checks the content). */
export function PhotoPicker({ files, onChange }: PhotoPickerProps) {
  const t = useT();
  return (
    <label className="action-dialog__field">
      <span>{t('cases.dialog.photos')}</span>
      <input
        name="photos"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        onChange={(event) => onChange([...(event.target.files ?? [])].slice(0, MAX_PHOTOS))}
      />
      {files.length > 0 && (
        <span className="action-dialog__hint">{t('cases.dialog.photosChosen', { count: files.length })}</span>
      )}
    </label>
  );
}
