/** Stored bytes with the MIME type they are served as. */
export interface PhotoObject {
  bytes: Uint8Array;
  mimeType: string;
}

/**
 * Where photo bytes live: local disk by default, S3-compatible storage when configured. Keys are
 * content-addressed (photo-keys.ts), so a key always names the same bytes: `put` of an existing
 * key may skip the write, and nothing is ever updated or deleted here. Keys are relative
 * '/'-separated paths of plain segments (assertPhotoKey); a store refuses any other.
 */
export interface PhotoStore {
  /** Stores the bytes under the key; resolves once they are durable. */
  put(key: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  /** The bytes and MIME type under the key, or null when nothing is stored there. */
  get(key: string): Promise<PhotoObject | null>;
  has(key: string): Promise<boolean>;
}
