import { describe, expect, it } from 'vitest';
import { assertPhotoCount } from '../../src/modules/photos/assert-photo-count.js';
import { defaultPhotoLimits } from '../../src/modules/photos/photo-limits.js';
import { readPhotoUpload } from '../../src/modules/photos/read-photo-upload.js';
import { rejectionOf, utf8 } from './photo-fixtures.js';

describe('assertPhotoCount', () => {
  it('allows up to nine photos per action and refuses the tenth as PAYLOAD_TOO_LARGE', () => {
    expect(() => assertPhotoCount(9)).not.toThrow();
    expect(() => assertPhotoCount(10)).toThrow(
      expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', details: { maxPhotos: 9, count: 10 } }),
    );
  });
});

describe('readPhotoUpload', () => {
  it('returns the bytes of an uploaded file, whatever its name and declared type', async () => {
    const file = new File([utf8('<html>')], 'IMG_0001.jpg', { type: 'image/jpeg' });
    expect(await readPhotoUpload(file)).toEqual(utf8('<html>'));
  });

  it('refuses an oversized file from its size, without reading it', async () => {
    const huge = new Blob([new Uint8Array(defaultPhotoLimits.maxBytes + 1)]);
    huge.arrayBuffer = () => Promise.reject(new Error('read an oversized upload'));
    const error = await rejectionOf(readPhotoUpload(huge));
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: defaultPhotoLimits.maxBytes } });
  });
});
