import sharp from 'sharp';
import type { PhotoObject } from './photo-store.js';

/** Long edge of the copy shown outside the staff views: sharp on a phone or a desktop screen. */
export const publicCopyLongEdge = 2048;
/** Long edge of the thumbnail in case lists and map pop-ups. */
export const thumbnailLongEdge = 320;
const quality = 80;

/**
 * The copy of an uploaded photo that may be shown to anyone: upright (EXIF orientation applied),
 * at most publicCopyLongEdge, flattened onto white and re-encoded as sRGB JPEG. sharp writes no
 * metadata unless asked to, so EXIF (with its GPS position), XMP, ICC and PNG text chunks are all
 * gone. Decoding here reads the whole image, which is what proves a file is the image it claims
 * to be: `failOn: 'error'` refuses truncated and damaged data, `limitInputPixels` pixel bombs.
 */
export async function renderPublicCopy(original: Uint8Array, maxPixels: number): Promise<PhotoObject> {
  const bytes = await sharp(original, { failOn: 'error', limitInputPixels: maxPixels, autoOrient: true })
    .resize({ width: publicCopyLongEdge, height: publicCopyLongEdge, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .jpeg({ quality })
    .toBuffer();
  return { bytes, mimeType: 'image/jpeg' };
}

/**
 * A WebP thumbnail made from the public copy (already upright and stripped), which is cheaper
 * than decoding the original a second time.
 */
export async function renderThumbnail(publicCopy: Uint8Array): Promise<PhotoObject> {
  const bytes = await sharp(publicCopy)
    .resize({ width: thumbnailLongEdge, height: thumbnailLongEdge, fit: 'inside', withoutEnlargement: true })
    .webp({ quality })
    .toBuffer();
  return { bytes, mimeType: 'image/webp' };
}
