import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { DomainError } from '../../errors/domain-error.js';
import { canDecodeHeic } from './can-decode-heic.js';
import {
  corruptPhotoError,
  emptyPhotoError,
  heicUnsupportedError,
  photoTooLargeError,
  tooManyPixelsError,
  unsupportedPhotoTypeError,
} from './photo-errors.js';
import { defaultPhotoLimits, type PhotoLimits } from './photo-limits.js';
import type { PhotoObject } from './photo-store.js';
import { readExifFacts } from './read-exif-facts.js';
import { renderPublicCopy, renderThumbnail } from './render-photo-copies.js';
import { type SniffedImageType, sniffImageType } from './sniff-image-type.js';
import { xmpHasLocation } from './xmp-has-location.js';

/** An accepted photo: the original as uploaded, what it revealed, and the copies safe to show. */
export interface ProcessedPhoto {
  /** SHA-256 of the original bytes, lowercase hex: the photo's identity and storage address. */
  sha256: string;
  /** The original's type, judged by its content. */
  mimeType: SniffedImageType;
  byteSize: number;
  /** Dimensions of the original as displayed, i.e. after its EXIF orientation. */
  width: number;
  height: number;
  /** The original carries a GPS position (EXIF or XMP); only staff views may show it. */
  hasLocation: boolean;
  /** When the camera says the photo was taken; null when the original does not say. */
  takenAt: Date | null;
  /** The uploaded bytes, untouched (metadata included), for staff views and evidence. */
  original: Uint8Array;
  /** Upright JPEG, at most 2048 px, no metadata: what the public and officers' lists see. */
  publicCopy: PhotoObject;
  /** Upright WebP, at most 320 px, no metadata. */
  thumbnail: PhotoObject;
}

/** sharp's name for each format gridloop accepts. */
const sharpFormatOf: Record<SniffedImageType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heif',
};

/**
 * Checks an uploaded photo and makes its public copies, writing nothing. The checks run cheapest
 * first, and each refusal is a DomainError an officer can act on: the size before anything is
 * parsed (PAYLOAD_TOO_LARGE), the type from the bytes themselves (INVALID_FILE, UNSUPPORTED_TYPE),
 * the declared pixel count from the header (TOO_MANY_PIXELS), then a full decode (CORRUPT), so a
 * forged or damaged file never reaches storage. The client's filename and content type are not
 * inputs at all.
 */
export async function processPhoto(
  bytes: Uint8Array,
  limits: PhotoLimits = defaultPhotoLimits,
): Promise<ProcessedPhoto> {
  if (bytes.byteLength > limits.maxBytes) throw photoTooLargeError(bytes.byteLength, limits);
  if (bytes.byteLength === 0) throw emptyPhotoError();
  const mimeType = acceptedTypeOf(bytes);
  const header = await readHeader(bytes, mimeType);
  const { width, height } = header.autoOrient;
  if (header.width * header.height > limits.maxPixels) throw tooManyPixelsError(width, height, limits);
  const publicCopy = await decodeOrRefuse(() => renderPublicCopy(bytes, limits.maxPixels), header, limits);
  const thumbnail = await renderThumbnail(publicCopy.bytes);
  const exif = readExifFacts(header.exif);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    mimeType,
    byteSize: bytes.byteLength,
    width,
    height,
    hasLocation: exif.hasLocation || xmpHasLocation(header.xmp),
    takenAt: exif.takenAt,
    original: bytes,
    publicCopy,
    thumbnail,
  };
}

function acceptedTypeOf(bytes: Uint8Array): SniffedImageType {
  const type = sniffImageType(bytes);
  if (type === null) throw unsupportedPhotoTypeError();
  if (type === 'image/heic' && !canDecodeHeic()) throw heicUnsupportedError();
  return type;
}

/**
 * The header only (no pixels are decoded yet), so the pixel limit can be checked with the
 * dimensions in the message. A header sharp cannot parse, or one of another format than the magic
 * bytes announced, is a damaged or forged file.
 */
async function readHeader(bytes: Uint8Array, mimeType: SniffedImageType): Promise<Metadata> {
  let header: Metadata;
  try {
    header = await sharp(bytes, { failOn: 'error', limitInputPixels: false }).metadata();
  } catch {
    throw corruptPhotoError();
  }
  if (header.format !== sharpFormatOf[mimeType] || !header.width || !header.height) throw corruptPhotoError();
  return header;
}

/** Runs a full decode; any decoder failure on untrusted bytes is the file's fault, not the server's. */
async function decodeOrRefuse<T>(decode: () => Promise<T>, header: Metadata, limits: PhotoLimits): Promise<T> {
  try {
    return await decode();
  } catch (error) {
    if (DomainError.is(error)) throw error;
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw tooManyPixelsError(header.autoOrient.width, header.autoOrient.height, limits);
    }
    throw corruptPhotoError();
  }
}
