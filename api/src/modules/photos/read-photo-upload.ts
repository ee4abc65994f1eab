import { photoTooLargeError } from './photo-errors.js';
import { defaultPhotoLimits, type PhotoLimits } from './photo-limits.js';

/**
 * The bytes of one uploaded file (a `File` from a GraphQL multipart request), refused as
 * PAYLOAD_TOO_LARGE from its size alone before it is read into memory. Only the bytes are
 * returned: the file's name and declared type are the client's say-so, and processPhoto judges
 * the content itself.
 */
export async function readPhotoUpload(file: Blob, limits: PhotoLimits = defaultPhotoLimits): Promise<Uint8Array> {
  if (file.size > limits.maxBytes) throw photoTooLargeError(file.size, limits);
  return new Uint8Array(await file.arrayBuffer());
}
