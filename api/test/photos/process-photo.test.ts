import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { canDecodeHeic } from '../../src/modules/photos/can-decode-heic.js';
import { defaultPhotoLimits } from '../../src/modules/photos/photo-limits.js';
import { processPhoto } from '../../src/modules/photos/process-photo.js';
import {
  leftRedRightBlue,
  pixelAt,
  rejectionOf,
  shanghaiExif,
  solid,
  utf8,
  xmpWithLocation,
} from './photo-fixtures.js';

describe('processPhoto: accepted photos', () => {
  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
  ] as const)(
    'keeps the GPS EXIF of a %s original and strips every copy shown outside staff views',
    async (format, mimeType) => {
      const original = await solid(640, 480)[format]().withExif(shanghaiExif).toBuffer();
      expect((await sharp(original).metadata()).exif).toBeDefined();

      const photo = await processPhoto(original);

      expect(photo).toMatchObject({ mimeType, byteSize: original.length, width: 640, height: 480, hasLocation: true });
      expect(photo.takenAt).toEqual(new Date('2025-03-14T01:26:53Z'));
      expect(photo.sha256).toBe(createHash('sha256').update(original).digest('hex'));
      expect(photo.original).toBe(original);
      for (const copy of [photo.publicCopy, photo.thumbnail]) {
        const { exif, xmp, icc, orientation } = await sharp(copy.bytes).metadata();
        expect({ exif, xmp, icc, orientation }).toEqual({});
      }
      expect(photo.publicCopy.mimeType).toBe('image/jpeg');
      expect((await sharp(photo.publicCopy.bytes).metadata()).format).toBe('jpeg');
      expect(photo.thumbnail.mimeType).toBe('image/webp');
      expect((await sharp(photo.thumbnail.bytes).metadata()).format).toBe('webp');
    },
  );

  it('reports a location carried only in XMP, and drops the XMP from the copies', async () => {
    const original = await solid(64, 64).png().withXmp(xmpWithLocation).toBuffer();
    const photo = await processPhoto(original);
    expect(photo).toMatchObject({ hasLocation: true, takenAt: null });
    expect((await sharp(photo.publicCopy.bytes).metadata()).xmp).toBeUndefined();
  });

  it('reports neither location nor time for a photo without metadata', async () => {
    const photo = await processPhoto(await solid(64, 48).jpeg().toBuffer());
    expect(photo).toMatchObject({ hasLocation: false, takenAt: null, width: 64, height: 48 });
  });

  it('scales the public copy to 2048 px and the thumbnail to 320 px on the long edge', async () => {
    const photo = await processPhoto(await solid(4000, 3000).jpeg().toBuffer());
    expect(photo).toMatchObject({ width: 4000, height: 3000 });
    expect(await sharp(photo.publicCopy.bytes).metadata()).toMatchObject({ width: 2048, height: 1536 });
    expect(await sharp(photo.thumbnail.bytes).metadata()).toMatchObject({ width: 320, height: 240 });
  });

  it('never enlarges a small photo', async () => {
    const photo = await processPhoto(await solid(200, 100).png().toBuffer());
    expect(await sharp(photo.publicCopy.bytes).metadata()).toMatchObject({ width: 200, height: 100 });
    expect(await sharp(photo.thumbnail.bytes).metadata()).toMatchObject({ width: 200, height: 100 });
  });

  it('applies the EXIF orientation: a phone held upright gives an upright copy', async () => {
    // Stored 400×200 with orientation 6: shown turned 90° clockwise, so the left (red) half is on top.
    const original = await leftRedRightBlue(400, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const photo = await processPhoto(original);

    expect(photo).toMatchObject({ width: 200, height: 400 });
    expect(await sharp(photo.publicCopy.bytes).metadata()).toMatchObject({ width: 200, height: 400 });
    expect(await sharp(photo.thumbnail.bytes).metadata()).toMatchObject({ width: 160, height: 320 });
    const [topRed, , topBlue] = await pixelAt(photo.publicCopy.bytes, 100, 50);
    const [bottomRed, , bottomBlue] = await pixelAt(photo.publicCopy.bytes, 100, 350);
    expect(topRed).toBeGreaterThan(200);
    expect(topBlue).toBeLessThan(60);
    expect(bottomBlue).toBeGreaterThan(200);
    expect(bottomRed).toBeLessThan(60);
  });

  it('flattens a transparent PNG onto white for the JPEG copy', async () => {
    const clear = await sharp({ create: { width: 20, height: 20, channels: 4, background: '#00000000' } })
      .png()
      .toBuffer();
    const [red, green, blue] = await pixelAt((await processPhoto(clear)).publicCopy.bytes, 10, 10);
    expect(Math.min(red, green, blue)).toBeGreaterThan(240);
  });
});

describe('processPhoto: refused files, each with a code and a reason', () => {
  it('refuses an oversized upload as PAYLOAD_TOO_LARGE before looking at its content', async () => {
    const garbage = new Uint8Array(defaultPhotoLimits.maxBytes + 1).fill(0x41);
    const error = await rejectionOf(processPhoto(garbage));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.details).toMatchObject({ limitBytes: 10 * 1024 * 1024, byteSize: garbage.length });
    expect(error.message).toContain('at most 10 MB');
  });

  it('measures against the limits it is given', async () => {
    const jpeg = await solid(64, 64).jpeg().toBuffer();
    const error = await rejectionOf(processPhoto(jpeg, { ...defaultPhotoLimits, maxBytes: jpeg.length - 1 }));
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: jpeg.length - 1 } });
    await expect(processPhoto(jpeg, { ...defaultPhotoLimits, maxBytes: jpeg.length })).resolves.toBeDefined();
  });

  it.each([
    ['an HTML page named x.jpg', utf8('<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>')],
    ['a text file renamed .png', utf8('Case notes: the drain on Huaihai Road is blocked.\n')],
    ['a GIF', utf8('GIF89a\x01\x00\x01\x00\x80\x00\x00')],
  ])('refuses %s as INVALID_FILE / UNSUPPORTED_TYPE', async (_name, bytes) => {
    const error = await rejectionOf(processPhoto(bytes));
    expect(error).toMatchObject({ code: 'INVALID_FILE', details: { reason: 'UNSUPPORTED_TYPE' } });
    expect(error.message).toMatch(/JPEG, PNG or WebP/);
  });

  it('refuses an empty file', async () => {
    expect(await rejectionOf(processPhoto(new Uint8Array()))).toMatchObject({ details: { reason: 'EMPTY' } });
  });

  it('refuses JPEG magic bytes followed by garbage as CORRUPT', async () => {
    const forged = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...utf8('<?php system($_GET["c"]); ?>'.repeat(20))]);
    const error = await rejectionOf(processPhoto(forged));
    expect(error).toMatchObject({ code: 'INVALID_FILE', details: { reason: 'CORRUPT' } });
    expect(error.message).toMatch(/damaged or incomplete/);
  });

  it('refuses a truncated JPEG, whose header alone is valid, by decoding it fully', async () => {
    const jpeg = await solid(640, 480, '#808080').jpeg().toBuffer();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect((await sharp(truncated).metadata()).width).toBe(640);
    expect(await rejectionOf(processPhoto(truncated))).toMatchObject({ details: { reason: 'CORRUPT' } });
  });

  it('refuses a PNG whose image data was overwritten', async () => {
    const png = Buffer.from(await leftRedRightBlue(64, 64).png().toBuffer());
    const idat = png.indexOf('IDAT');
    png.fill(0x5a, idat + 8, png.length - 20);
    expect(await rejectionOf(processPhoto(png))).toMatchObject({ details: { reason: 'CORRUPT' } });
  });

  it('refuses a pixel bomb: a small PNG declaring 10000 × 10000 pixels', async () => {
    const bomb = await solid(10_000, 10_000, '#ffffff').png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(defaultPhotoLimits.maxBytes);
    const error = await rejectionOf(processPhoto(bomb));
    expect(error).toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'TOO_MANY_PIXELS', width: 10_000, height: 10_000, maxPixels: 40_000_000 },
    });
    expect(error.message).toContain('10000 × 10000 pixels (100 megapixels)');
  });

  it('applies the pixel limit it is given', async () => {
    const jpeg = await solid(100, 100).jpeg().toBuffer();
    const limits = { ...defaultPhotoLimits, maxPixels: 9_999 };
    expect(await rejectionOf(processPhoto(jpeg, limits))).toMatchObject({ details: { reason: 'TOO_MANY_PIXELS' } });
  });

  it('refuses HEIC with its own message where this server cannot decode it', async () => {
    const heic = new Uint8Array(64);
    heic.set([0, 0, 0, 24, ...utf8('ftypheic\0\0\0\0mif1heic')]);
    const error = await rejectionOf(processPhoto(heic));
    if (canDecodeHeic()) {
      expect(error.details).toMatchObject({ reason: 'CORRUPT' }); // a decoder exists; these bytes are junk
    } else {
      expect(error).toMatchObject({
        code: 'INVALID_FILE',
        details: { reason: 'UNSUPPORTED_TYPE', detectedType: 'image/heic' },
      });
      expect(error.message).toMatch(/Most Compatible/);
    }
  });
});
