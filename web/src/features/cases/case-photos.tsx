import { useT } from '../../i18n';
import type { Photo } from './case-types';
import { PhotoThumbnails } from './photo-thumbnails';

/** Every photo of the case (report, handling, checks), oldest first. */
export function CasePhotos({ photos }: { photos: readonly Photo[] }) {
  const t = useT();
  return (
    <section className="case-section" aria-labelledby="case-photos-title">
      <h3 id="case-photos-title" className="case-section__title">
        {t('cases.photos')}
      </h3>
      {photos.length === 0 ? (
        <p className="case-section__empty">{t('cases.photos.none')}</p>
      ) : (
        <PhotoThumbnails photos={photos} />
      )}
    </section>
  );
}
