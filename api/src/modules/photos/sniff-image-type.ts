/** The image types gridloop recognises by content; whether HEIC is accepted is decided at run time. */
export type SniffedImageType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** ISO-BMFF brands of HEVC-coded HEIF (what iPhones write). AVIF shares the container but not these brands. */
const heicBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);

/**
 * The type of an image judged by its leading bytes alone: the client's filename and declared
 * content type are never consulted, since both are whatever the sender chose to write. A match
 * says only what the file claims to be; decoding it (processPhoto) is what proves it.
 *
 * HEIC is recognised even where it cannot be decoded, so the caller can refuse it with a message
 * of its own (how to make the phone send JPEG) instead of a generic "not an image".
 *
 * @example sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // 'image/jpeg'
 * @example sniffImageType(new TextEncoder().encode('<!doctype html>')) // null
 */
export function sniffImageType(bytes: Uint8Array): SniffedImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, pngSignature)) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (isHeic(bytes)) return 'image/heic';
  return null;
}

/** An ISO-BMFF file whose leading `ftyp` box names a HEIC brand, as major or compatible brand. */
function isHeic(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxEnd = Math.min(view.getUint32(0), bytes.length);
  if (heicBrands.has(ascii(bytes, 8, 12))) return true;
  // After the major brand (8..12) and minor version (12..16) come the compatible brands.
  for (let offset = 16; offset + 4 <= boxEnd; offset += 4) {
    if (heicBrands.has(ascii(bytes, offset, offset + 4))) return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return bytes.length < end ? '' : String.fromCharCode(...bytes.subarray(start, end));
}
