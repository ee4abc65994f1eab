import type { PhotoRow } from '@gridloop/prisma';
import { assertPhotoCount } from '../photos/assert-photo-count.js';
import type { PhotoLimits } from '../photos/photo-limits.js';
import type { PhotoStore } from '../photos/photo-store.js';
import { processPhoto } from '../photos/process-photo.js';
import { readPhotoUpload } from '../photos/read-photo-upload.js';
import { storePhoto } from '../photos/store-photo.js';

/**
 * Checks every uploaded photo by its content and stores its three copies (original, public copy,
 * thumbnail), before anything is written to the database: a forged or oversized file refuses the
 * whole action. Storage is content-addressed, so a retried upload rewrites nothing, and copies left
 * behind by an action that then failed are harmless (a later sweep may collect unreferenced ones).
 */
export async function attachPhotos(
  files: readonly File[],
  store: PhotoStore,
  limits: PhotoLimits,
): Promise<PhotoRow[]> {
  assertPhotoCount(files.length, limits);
  // most reports carry none (and every JSON request): no storage round to wait for
  if (files.length === 0) return [];
  const processed = [];
  for (const file of files) {
    // One at a time: each decode is CPU- and memory-heavy, and a phone sends a handful at most.
    processed.push(await processPhoto(await readPhotoUpload(file, limits), limits));
  }
  await Promise.all(processed.map((photo) => storePhoto(store, photo)));
  return processed.map(({ sha256, mimeType, byteSize, width, height, hasLocation, takenAt }) => ({
    sha256,
    mimeType,
    byteSize,
    width,
    height,
    hasLocation,
    takenAt,
  }));
}
