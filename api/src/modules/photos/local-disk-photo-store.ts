import { readFile, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { DomainError } from '../../errors/domain-error.js';
import { assertPhotoKey } from './assert-photo-key.js';
import type { PhotoStore } from './photo-store.js';
import { writeFileAtomically } from './write-file-atomically.js';

/**
 * The default photo store: files under rootDir. Bytes live in `files/<key>` and their MIME type in
 * a sidecar `types/<key>` (original keys have no extension to derive it from). The sidecar is
 * written first and the bytes last, so a key counts as stored only once both are complete; a
 * crash in between leaves a stray sidecar that the retry overwrites. Content-addressed keys make
 * an existing file the right file, so put skips it.
 */
export function createLocalDiskPhotoStore(rootDir: string): PhotoStore {
  const root = resolve(rootDir);
  const pathOf = (tree: 'files' | 'types', key: string): string => {
    assertPhotoKey(key);
    const path = resolve(root, tree, ...key.split('/'));
    // assertPhotoKey already rules out escapes; this guards the guard.
    if (!path.startsWith(root + sep)) throw new DomainError('BAD_REQUEST', 'That is not a valid photo address.');
    return path;
  };
  return {
    async put(key, bytes, mimeType) {
      const file = pathOf('files', key);
      if (await isFile(file)) return;
      await writeFileAtomically(pathOf('types', key), new TextEncoder().encode(mimeType));
      await writeFileAtomically(file, bytes);
    },
    async get(key) {
      const bytes = await readIfPresent(pathOf('files', key));
      if (!bytes) return null;
      const type = await readIfPresent(pathOf('types', key));
      return { bytes, mimeType: type ? new TextDecoder().decode(type) : 'application/octet-stream' };
    },
    async has(key) {
      return isFile(pathOf('files', key));
    },
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

async function readIfPresent(path: string): Promise<Uint8Array | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
