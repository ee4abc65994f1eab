import { createLocalDiskPhotoStore } from './local-disk-photo-store.js';
import type { PhotoStore } from './photo-store.js';
import { createS3PhotoStore, type S3PhotoStoreSettings } from './s3-photo-store.js';

/** Local disk unless S3-compatible storage is configured. */
export type PhotoStorageSettings = { kind: 'local-disk'; rootDir: string } | ({ kind: 's3' } & S3PhotoStoreSettings);

/** The store the settings describe; the one place that knows both kinds. */
export function createPhotoStore(settings: PhotoStorageSettings): PhotoStore {
  if (settings.kind === 'local-disk') return createLocalDiskPhotoStore(settings.rootDir);
  const { kind: _kind, ...s3 } = settings;
  return createS3PhotoStore(s3);
}
