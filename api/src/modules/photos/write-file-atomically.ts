import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see either nothing or all of it, and so that it survives a crash
 * once this resolves: the bytes go to a temporary file in the same directory (rename is atomic
 * only within one file system), are flushed to disk, and the file is renamed into place; then the
 * directory is flushed so the rename itself is durable. Concurrent writers of the same path each
 * use their own temporary file, and the last rename wins.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const directory = dirname(path);
  await mkdir(directory, { recursive: true });
  const temporary = join(directory, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot fsync a directory; the file itself is already on disk.
  } finally {
    await handle.close();
  }
}
