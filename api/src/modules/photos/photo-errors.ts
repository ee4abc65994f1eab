import { DomainError } from '../../errors/domain-error.js';
import type { PhotoLimits } from './photo-limits.js';

/**
 * Why a photo was refused, in details.reason of an INVALID_FILE error; clients branch on it.
 * - EMPTY: the upload has no bytes.
 * - UNSUPPORTED_TYPE: not JPEG, PNG or WebP by content (details.detectedType says 'image/heic' for
 *   an iPhone HEIC photo this server cannot decode).
 * - CORRUPT: it starts like an image but does not decode (truncated, forged, damaged).
 * - TOO_MANY_PIXELS: it decodes to more pixels than the limit (details.width, height, maxPixels).
 */
export type PhotoRefusalReason = 'EMPTY' | 'UNSUPPORTED_TYPE' | 'CORRUPT' | 'TOO_MANY_PIXELS';

/** The types an officer can send, as shown in messages. */
const acceptedTypes = ['image/jpeg', 'image/png', 'image/webp'];

/** PAYLOAD_TOO_LARGE for one photo over limits.maxBytes; raised before any decoding. */
export function photoTooLargeError(byteSize: number, limits: PhotoLimits): DomainError {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    `This photo is ${megabytes(byteSize)}; a photo may be at most ${megabytes(limits.maxBytes)}. ` +
      'Send a smaller copy (most phones can share a photo at a reduced size) and try again.',
    { limitBytes: limits.maxBytes, byteSize },
  );
}

/** PAYLOAD_TOO_LARGE for an action carrying more than limits.maxPhotosPerAction photos. */
export function tooManyPhotosError(count: number, limits: PhotoLimits): DomainError {
  return new DomainError(
    'PAYLOAD_TOO_LARGE',
    `${count} photos were attached; at most ${limits.maxPhotosPerAction} can go with one report or action. ` +
      'Remove some and try again.',
    { maxPhotos: limits.maxPhotosPerAction, count },
  );
}

export function emptyPhotoError(): DomainError {
  return new DomainError('INVALID_FILE', 'The photo file is empty. Choose the photo again.', { reason: 'EMPTY' });
}

export function unsupportedPhotoTypeError(): DomainError {
  return new DomainError(
    'INVALID_FILE',
    'This file is not a JPEG, PNG or WebP photo. Choose a photo from the camera or gallery.',
    { reason: 'UNSUPPORTED_TYPE', acceptedTypes },
  );
}

/** HEIC gets its own message: it is a real photo, and the officer can fix it in the phone's settings. */
export function heicUnsupportedError(): DomainError {
  return new DomainError(
    'INVALID_FILE',
    'HEIC photos (the iPhone default) cannot be read here. Set Camera → Formats to "Most Compatible", ' +
      'or share the photo as JPEG, then upload it again.',
    { reason: 'UNSUPPORTED_TYPE', detectedType: 'image/heic', acceptedTypes },
  );
}

export function corruptPhotoError(): DomainError {
  return new DomainError(
    'INVALID_FILE',
    'This photo is damaged or incomplete and cannot be opened. Upload it again, or take a new photo.',
    { reason: 'CORRUPT' },
  );
}

/** Width and height are those the file declares; null when the decoder refused before saying. */
export function tooManyPixelsError(width: number | null, height: number | null, limits: PhotoLimits): DomainError {
  const size = width && height ? `${width} × ${height} pixels (${megapixels(width * height)})` : 'too large';
  return new DomainError(
    'INVALID_FILE',
    `This image is ${size}; a photo may have at most ${megapixels(limits.maxPixels)}. ` +
      'Resize it or take the photo at a lower resolution, then upload it again.',
    { reason: 'TOO_MANY_PIXELS', width, height, maxPixels: limits.maxPixels },
  );
}

function megabytes(bytes: number): string {
  return `${roundUp(bytes / (1024 * 1024))} MB`;
}

function megapixels(pixels: number): string {
  return `${roundUp(pixels / 1_000_000)} megapixels`;
}

/** Up to one decimal, rounded up, so a value just over a limit never prints as the limit itself. */
function roundUp(value: number): string {
  return String(Math.ceil(value * 10) / 10);
}
