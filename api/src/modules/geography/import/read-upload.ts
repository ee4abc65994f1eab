import { DomainError } from '../../../errors/domain-error.js';

/**
 * The bytes of an uploaded file, refusing one over `maxBytes` by its declared size before reading
 * it into an array (PAYLOAD_TOO_LARGE).
 */
export async function readUpload(file: File, maxBytes: number): Promise<{ name: string; bytes: Uint8Array }> {
  if (file.size > maxBytes) {
    throw new DomainError('PAYLOAD_TOO_LARGE', `The file has ${file.size} bytes; at most ${maxBytes} are accepted.`, {
      limit: 'maxBytes',
      maxBytes,
    });
  }
  return { name: file.name || 'upload', bytes: new Uint8Array(await file.arrayBuffer()) };
}
