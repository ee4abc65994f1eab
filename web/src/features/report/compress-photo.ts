import { fitWithin } from './fit-within';

/** Long edge of an uploaded photo: plenty to see a broken cover, a fraction of a camera's bytes. */
export const MAX_PHOTO_EDGE = 1600;
/** JPEG quality: artefacts stay invisible at this size while the file shrinks about tenfold. */
export const PHOTO_QUALITY = 0.8;

/** A photo ready for the outbox: compressed on the phone, so a weak signal carries it. */
export interface PreparedPhoto {
  name: string;
  blob: Blob;
}

/** The browser could not decode the picked file (HEIC on most browsers, a broken file). */
export class UnreadablePhotoError extends Error {
  override readonly name = 'UnreadablePhotoError';
}

/**
 * Redraws a picked or captured photo at most 1600 px on its long edge as a JPEG (quality 0.8).
 * The camera's orientation is applied while decoding, so the pixels come out upright; the redraw
 * drops EXIF, the GPS position included, which the report does not need (it has its point). A small
 * photo that would only grow keeps its original bytes.
 */
export async function compressPhoto(file: File): Promise<PreparedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (cause) {
    throw new UnreadablePhotoError(`cannot decode ${file.name}`, { cause });
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height, MAX_PHOTO_EDGE);
    const blob = await drawAsJpeg(bitmap, size);
    const isResized = size.width !== bitmap.width || size.height !== bitmap.height;
    if (!isResized && blob.size >= file.size && file.type === 'image/jpeg') return { name: file.name, blob: file };
    return { name: jpegName(file.name), blob };
  } finally {
    bitmap.close();
  }
}

async function drawAsJpeg(bitmap: ImageBitmap, { width, height }: { width: number; height: number }): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    paint(canvas.getContext('2d'), bitmap, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: PHOTO_QUALITY });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  paint(canvas.getContext('2d'), bitmap, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no JPEG'))),
      'image/jpeg',
      PHOTO_QUALITY,
    );
  });
}

/** White under the picture: JPEG has no transparency, and a transparent PNG would turn black. */
function paint(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null,
  bitmap: ImageBitmap,
  width: number,
  height: number,
): void {
  if (context === null) throw new Error('no 2D canvas to draw the photo on');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
}

/** `IMG_0001.HEIC` → `IMG_0001.jpg`: the name follows the new content. */
function jpegName(name: string): string {
  const base = name.replace(/\.[^.]*$/, '');
  return `${base === '' ? 'photo' : base}.jpg`;
}
