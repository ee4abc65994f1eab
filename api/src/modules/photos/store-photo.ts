import { type PhotoKeys, photoKeys } from './photo-keys.js';
import type { PhotoObject, PhotoStore } from './photo-store.js';
import type { ProcessedPhoto } from './process-photo.js';

/**
 * Writes a processed photo's original, public copy and thumbnail under their content-addressed
 * keys and returns the keys to record with the case. A copy already stored is not written again,
 * so a retried upload costs three existence checks. Resolves once all three are durable: record
 * the keys after this, never before, and a reader never finds a key without its bytes.
 */
export async function storePhoto(store: PhotoStore, photo: ProcessedPhoto): Promise<PhotoKeys> {
  const keys = photoKeys(photo.sha256);
  await Promise.all([
    putIfAbsent(store, keys.originalKey, { bytes: photo.original, mimeType: photo.mimeType }),
    putIfAbsent(store, keys.publicKey, photo.publicCopy),
    putIfAbsent(store, keys.thumbnailKey, photo.thumbnail),
  ]);
  return keys;
}

async function putIfAbsent(store: PhotoStore, key: string, object: PhotoObject): Promise<void> {
  if (!(await store.has(key))) await store.put(key, object.bytes, object.mimeType);
}
