import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertPhotoKey } from '../../src/modules/photos/assert-photo-key.js';
import { createLocalDiskPhotoStore } from '../../src/modules/photos/local-disk-photo-store.js';
import { photoKeys } from '../../src/modules/photos/photo-keys.js';
import type { PhotoStore } from '../../src/modules/photos/photo-store.js';
import { processPhoto } from '../../src/modules/photos/process-photo.js';
import { storePhoto } from '../../src/modules/photos/store-photo.js';
import { rejectionOf, shanghaiExif, solid, utf8 } from './photo-fixtures.js';

const sha = 'ab12'.padEnd(64, 'e');

/** Every file under a directory, relative to it. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

/** Counts the writes that reach a store. */
function countingPuts(store: PhotoStore): { store: PhotoStore; puts: string[] } {
  const puts: string[] = [];
  return {
    puts,
    store: {
      ...store,
      put: (key, bytes, mimeType) => {
        puts.push(key);
        return store.put(key, bytes, mimeType);
      },
    },
  };
}

describe('photoKeys', () => {
  it('addresses the three copies by the SHA-256 of the original, fanned out by its first bytes', () => {
    expect(photoKeys(sha)).toEqual({
      originalKey: `original/ab/12/${sha}`,
      publicKey: `public/ab/12/${sha}.jpg`,
      thumbnailKey: `thumb/ab/12/${sha}.webp`,
    });
  });

  it.each(['', 'AB12'.padEnd(64, 'E'), sha.slice(1), `../${sha.slice(3)}`])('refuses %j as a hash', (value) => {
    expect(() => photoKeys(value)).toThrow(RangeError);
  });
});

describe('assertPhotoKey', () => {
  it.each([
    '../outside',
    'public/../../outside',
    'public/./x.jpg',
    '/etc/passwd',
    'public//x.jpg',
    '',
    'public/.hidden',
    'public\\..\\..\\outside',
    'C:/Windows/x',
    'public/x.jpg\n',
    'a'.repeat(513),
  ])('refuses %j', (key) => {
    expect(() => assertPhotoKey(key)).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }));
  });

  it('accepts the keys photoKeys makes', () => {
    for (const key of Object.values(photoKeys(sha))) expect(() => assertPhotoKey(key)).not.toThrow();
  });
});

describe('createLocalDiskPhotoStore', () => {
  let sandbox: string;
  let root: string;
  beforeEach(async () => {
    sandbox = await mkdtemp(join(tmpdir(), 'gridloop-photos-'));
    root = join(sandbox, 'store');
  });
  afterEach(() => rm(sandbox, { recursive: true, force: true }));

  it('stores bytes with their MIME type and reads them back', async () => {
    const store = createLocalDiskPhotoStore(root);
    const key = `original/ab/12/${sha}`;
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();

    await store.put(key, utf8('photo bytes'), 'image/png');

    expect(await store.has(key)).toBe(true);
    expect(await store.get(key)).toEqual({ bytes: Buffer.from('photo bytes'), mimeType: 'image/png' });
    expect(await listFiles(root)).toEqual([`files/${key}`, `types/${key}`]);
  });

  it('leaves an existing key alone: content-addressed, it already holds these bytes', async () => {
    const store = createLocalDiskPhotoStore(root);
    await store.put('thumb/x.webp', utf8('first'), 'image/webp');
    await store.put('thumb/x.webp', utf8('second'), 'image/png');
    expect(await store.get('thumb/x.webp')).toEqual({ bytes: Buffer.from('first'), mimeType: 'image/webp' });
  });

  it('refuses keys that would leave its root, for put, get and has, writing nothing', async () => {
    const store = createLocalDiskPhotoStore(root);
    for (const key of ['../outside', 'files/../../outside', '/tmp/outside', 'a\\..\\outside']) {
      expect((await rejectionOf(store.put(key, utf8('x'), 'text/plain'))).code).toBe('BAD_REQUEST');
      expect((await rejectionOf(store.get(key))).code).toBe('BAD_REQUEST');
      expect((await rejectionOf(store.has(key))).code).toBe('BAD_REQUEST');
    }
    expect(await listFiles(sandbox)).toEqual([]);
  });

  it('writes concurrent puts of one key to a single whole file, with no temporary files left', async () => {
    const store = createLocalDiskPhotoStore(root);
    const bytes = new Uint8Array(256 * 1024).fill(7);
    await Promise.all(Array.from({ length: 4 }, () => store.put('original/ab/cd/x', bytes, 'image/jpeg')));
    expect(await listFiles(root)).toEqual(['files/original/ab/cd/x', 'types/original/ab/cd/x']);
    expect((await store.get('original/ab/cd/x'))?.bytes).toEqual(Buffer.from(bytes));
  });
});

describe('storePhoto', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'gridloop-photos-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('writes the original, public copy and thumbnail under content-addressed keys', async () => {
    const original = await solid(800, 600).jpeg().withExif(shanghaiExif).toBuffer();
    const photo = await processPhoto(original);
    const store = createLocalDiskPhotoStore(root);

    const keys = await storePhoto(store, photo);

    expect(keys).toEqual(photoKeys(photo.sha256));
    expect(await store.get(keys.originalKey)).toEqual({ bytes: original, mimeType: 'image/jpeg' });
    expect(await store.get(keys.publicKey)).toEqual({ bytes: photo.publicCopy.bytes, mimeType: 'image/jpeg' });
    expect(await store.get(keys.thumbnailKey)).toEqual({ bytes: photo.thumbnail.bytes, mimeType: 'image/webp' });
  });

  it('stores the same photo uploaded twice once: same keys, one file each, nothing rewritten', async () => {
    const original = await solid(320, 240).png().toBuffer();
    const { store, puts } = countingPuts(createLocalDiskPhotoStore(root));

    const first = await storePhoto(store, await processPhoto(original));
    const writesAfterFirst = puts.length;
    const second = await storePhoto(store, await processPhoto(Buffer.from(original)));

    expect(second).toEqual(first);
    expect(writesAfterFirst).toBe(3);
    expect(puts).toHaveLength(3);
    const files = await listFiles(join(root, 'files'));
    expect(files).toEqual([first.originalKey, first.publicKey, first.thumbnailKey].sort());
  });
});
