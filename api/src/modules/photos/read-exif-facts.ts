/** What gridloop wants from a photo's EXIF: does it reveal where it was taken, and when. */
export interface ExifFacts {
  /** The GPS directory holds a latitude or longitude. */
  hasLocation: boolean;
  /** DateTimeOriginal (else DateTimeDigitized) as an instant; null when absent or unreadable. */
  takenAt: Date | null;
}

const tag = {
  exifIfd: 0x8769,
  gpsIfd: 0x8825,
  gpsLatitude: 0x0002,
  gpsLongitude: 0x0004,
  dateTimeOriginal: 0x9003,
  dateTimeDigitized: 0x9004,
  offsetTimeOriginal: 0x9011,
  offsetTimeDigitized: 0x9012,
} as const;

/** Bytes per value of each TIFF field type (BYTE, ASCII, SHORT, LONG, RATIONAL, ..., IFD). */
const typeSizes: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
};

const utcOffsetPattern = /^([+-])(\d{2}):(\d{2})$/;

interface Tiff {
  view: DataView;
  little: boolean;
}

/** One directory entry, with the position of its value inside the TIFF (inline or pointed to). */
interface Entry {
  count: number;
  valueAt: number;
}

/**
 * Reads the location flag and capture time from an EXIF block (a TIFF structure, as sharp's
 * `metadata().exif` returns it, with or without the `Exif\0\0` prefix). A tiny reader instead of a
 * dependency: two directories and four tags are all gridloop needs. Malformed EXIF yields no
 * facts rather than an error: the photo itself decoded, and its metadata is a bonus.
 *
 * Camera clocks are local time; the EXIF 2.31 OffsetTime tags say which zone, and where they are
 * missing the time is read in `assumedUtcOffset`, China Standard Time by default (gridloop's
 * cities, no daylight saving).
 *
 * @example readExifFacts(undefined) // { hasLocation: false, takenAt: null }
 */
export function readExifFacts(exif: Uint8Array | undefined, assumedUtcOffset = '+08:00'): ExifFacts {
  const tiff = exif ? openTiff(exif) : null;
  if (!tiff) return { hasLocation: false, takenAt: null };
  return { hasLocation: readHasLocation(tiff), takenAt: readTakenAt(tiff, assumedUtcOffset) };
}

function openTiff(exif: Uint8Array): Tiff | null {
  const start = String.fromCharCode(...exif.subarray(0, 6)) === 'Exif\0\0' ? 6 : 0;
  if (exif.length < start + 8) return null;
  const view = new DataView(exif.buffer, exif.byteOffset + start, exif.byteLength - start);
  const order = view.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return null;
  const little = order === 0x4949;
  return view.getUint16(2, little) === 42 ? { view, little } : null;
}

function readHasLocation(tiff: Tiff): boolean {
  const gps = readSubIfd(tiff, tag.gpsIfd);
  return gps !== null && (gps.has(tag.gpsLatitude) || gps.has(tag.gpsLongitude));
}

function readTakenAt(tiff: Tiff, assumedUtcOffset: string): Date | null {
  const exif = readSubIfd(tiff, tag.exifIfd);
  if (!exif) return null;
  const pairs = [
    [tag.dateTimeOriginal, tag.offsetTimeOriginal],
    [tag.dateTimeDigitized, tag.offsetTimeDigitized],
  ] as const;
  for (const [dateTag, offsetTag] of pairs) {
    const dateTime = readAscii(tiff, exif.get(dateTag));
    const declaredOffset = readAscii(tiff, exif.get(offsetTag));
    const offset = declaredOffset && utcOffsetPattern.test(declaredOffset) ? declaredOffset : assumedUtcOffset;
    const instant = dateTime ? parseExifDateTime(dateTime, offset) : null;
    if (instant) return instant;
  }
  return null;
}

/** The directory a pointer tag of IFD0 leads to; null when absent or out of bounds. */
function readSubIfd(tiff: Tiff, pointerTag: number): Map<number, Entry> | null {
  try {
    const ifd0 = readIfd(tiff, tiff.view.getUint32(4, tiff.little));
    const pointer = ifd0.get(pointerTag);
    return pointer ? readIfd(tiff, tiff.view.getUint32(pointer.valueAt, tiff.little)) : null;
  } catch (error) {
    if (error instanceof RangeError) return null; // an offset past the end: malformed EXIF
    throw error;
  }
}

function readIfd({ view, little }: Tiff, offset: number): Map<number, Entry> {
  const entries = new Map<number, Entry>();
  const count = view.getUint16(offset, little);
  for (let index = 0; index < count; index++) {
    const at = offset + 2 + index * 12;
    const valueCount = view.getUint32(at + 4, little);
    const size = (typeSizes[view.getUint16(at + 2, little)] ?? 1) * valueCount;
    const valueAt = size <= 4 ? at + 8 : view.getUint32(at + 8, little);
    if (valueAt + size > view.byteLength) throw new RangeError('EXIF value outside the block');
    entries.set(view.getUint16(at, little), { count: valueCount, valueAt });
  }
  return entries;
}

/** A short ASCII value (dates and offsets are 20 and 7 bytes); null when absent or implausibly long. */
function readAscii({ view }: Tiff, entry: Entry | undefined): string | null {
  if (!entry || entry.count > 64) return null;
  const bytes = new Uint8Array(view.buffer, view.byteOffset + entry.valueAt, entry.count);
  const text = String.fromCharCode(...bytes)
    .replace(/\0+$/, '')
    .trim();
  return text || null;
}

/** 'YYYY:MM:DD HH:MM:SS' at '+HH:MM' as an instant; null for blanks ('0000:00:00 ...') and impossible dates. */
function parseExifDateTime(dateTime: string, utcOffset: string): Date | null {
  const parts = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(dateTime)?.slice(1).map(Number);
  const offset = utcOffsetPattern.exec(utcOffset);
  if (!parts || !offset) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const isReal =
    year >= 1900 && local.getUTCMonth() === month - 1 && local.getUTCDate() === day && local.getUTCHours() === hour;
  if (!isReal || minute > 59 || second > 59) return null;
  const offsetMinutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return new Date(local.getTime() - offsetMinutes * 60_000);
}
