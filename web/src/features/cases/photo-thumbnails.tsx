import { useT } from '../../i18n';
import type { Photo } from './case-types';

/** Thumbnails that open the metadata-free public copy in a new tab (originals stay staff-only). */
export function PhotoThumbnails({ photos }: { photos: readonly Photo[] }) {
  const t = useT();
  return (
    <ul className="photo-thumbnails">
      {photos.map((photo, index) => (
        <li key={photo.id}>
          <a href={photo.url} target="_blank" rel="noopener noreferrer">
            <img
              src={photo.thumbnailUrl}
              alt={t('cases.photos.open', { index: index + 1 })}
              loading="lazy"
              width="96"
              height="72"
            />
          </a>
        </li>
      ))}
    </ul>
  );
}
