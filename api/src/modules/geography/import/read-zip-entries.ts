import { crc32, inflateRawSync } from 'node:zlib';
import { DomainError } from '../../../errors/domain-error.js';

export interface ZipEntry {
  /** Path inside the archive ('/'-separated), decoded as UTF-8 or, failing that, GBK. */
  name: string;
  /** Reads (and inflates) the entry's bytes, checking its size and CRC-32. */
  read(): Uint8Array;
  uncompressedSize: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Lists the files of a ZIP archive from its central directory (the authoritative index: local
 * headers may omit sizes). Entries are read lazily, so only the parts a caller needs are inflated,
 * and each one is capped at its declared size: a lying header cannot inflate past it.
 * Stored and deflated entries only; encrypted and ZIP64 archives are refused (INVALID_FILE).
 */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_HEADER) {
      throw invalidZip('its central directory is damaged');
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const expectedCrc = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const skip = nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decodeName(bytes.subarray(offset + 46, offset + 46 + nameLength), (flags & 0x800) !== 0);
    if (flags & 1) throw invalidZip(`"${name}" is encrypted`);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) throw invalidZip('it is a ZIP64 archive');
    const read = () => {
      const data = localData(view, localOffset, compressedSize, name);
      const content = inflate(data, method, uncompressedSize, name);
      if (content.length !== uncompressedSize || crc32(content) !== expectedCrc)
        throw invalidZip(`"${name}" is corrupt`);
      return content;
    };
    entries.push({ name, read, uncompressedSize });
    offset += 46 + skip;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw invalidZip('its end-of-archive record is missing');
}

function localData(view: DataView, offset: number, size: number, name: string): Uint8Array {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL_FILE_HEADER) {
    throw invalidZip(`the header of "${name}" is missing`);
  }
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  if (start + size > view.byteLength) throw invalidZip(`"${name}" is truncated`);
  return new Uint8Array(view.buffer, view.byteOffset + start, size);
}

function inflate(data: Uint8Array, method: number, size: number, name: string): Uint8Array {
  if (method === STORED) return data;
  if (method !== DEFLATED) throw invalidZip(`"${name}" uses compression method ${method} (only deflate is supported)`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
  } catch {
    throw invalidZip(`"${name}" is corrupt or larger than its header says`);
  }
}

function decodeName(raw: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) return new TextDecoder('utf-8').decode(raw);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('gbk').decode(raw); // Chinese Windows zips names in the ANSI code page
  }
}

function invalidZip(reason: string): DomainError {
  return new DomainError('INVALID_FILE', `The ZIP archive cannot be read: ${reason}.`);
}
