import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readExifFacts } from '../../src/modules/photos/read-exif-facts.js';
import { shanghaiExif, solid } from './photo-fixtures.js';

type Field = { tag: number; type: 2 | 4 | 5; values: string | number[] };

/**
 * A minimal TIFF/EXIF block, as cameras write it: IFD0 pointing at an Exif IFD and a GPS IFD.
 * Big-endian ('MM') is what iPhones and many cameras use; sharp writes little-endian.
 */
function buildExif(little: boolean, exifFields: Field[], gpsFields: Field[]): Uint8Array {
  const block = new DataView(new ArrayBuffer(1024));
  block.setUint16(0, little ? 0x4949 : 0x4d4d);
  block.setUint16(2, 42, little);
  block.setUint32(4, 8, little);
  let free = 512; // out-of-line values go here
  const writeValue = (at: number, type: Field['type'], numbers: number[]) => {
    for (const [i, n] of numbers.entries()) {
      if (type === 2) block.setUint8(at + i, n);
      else block.setUint32(at + i * 4, n, little);
    }
  };
  const writeIfd = (at: number, fields: Field[]) => {
    block.setUint16(at, fields.length, little);
    for (const [index, { tag, type, values }] of fields.entries()) {
      const entry = at + 2 + index * 12;
      const numbers = typeof values === 'string' ? [...`${values}\0`].map((c) => c.charCodeAt(0)) : values;
      const count = type === 5 ? numbers.length / 2 : numbers.length;
      const size = type === 2 ? count : type === 4 ? count * 4 : count * 8;
      block.setUint16(entry, tag, little);
      block.setUint16(entry + 2, type, little);
      block.setUint32(entry + 4, count, little);
      if (size <= 4) writeValue(entry + 8, type, numbers);
      else {
        block.setUint32(entry + 8, free, little);
        writeValue(free, type, numbers);
        free += size;
      }
    }
  };
  writeIfd(8, [
    { tag: 0x8769, type: 4, values: [100] },
    { tag: 0x8825, type: 4, values: [300] },
  ]);
  writeIfd(100, exifFields);
  writeIfd(300, gpsFields);
  return new Uint8Array(block.buffer);
}

const latitude: Field = { tag: 0x0002, type: 5, values: [31, 1, 14, 1, 0, 1] };

describe('readExifFacts', () => {
  it('reads the GPS flag and the zoned capture time from the EXIF sharp returns', async () => {
    const jpeg = await solid(16, 16).jpeg().withExif(shanghaiExif).toBuffer();
    const { exif } = await sharp(jpeg).metadata();
    expect(readExifFacts(exif)).toEqual({ hasLocation: true, takenAt: new Date('2025-03-14T01:26:53Z') });
  });

  it('reads big-endian EXIF, and assumes China Standard Time when the zone is not recorded', () => {
    const exif = buildExif(false, [{ tag: 0x9003, type: 2, values: '2024:12:31 23:59:58' }], [latitude]);
    expect(readExifFacts(exif)).toEqual({ hasLocation: true, takenAt: new Date('2024-12-31T15:59:58Z') });
    expect(readExifFacts(exif, '+00:00').takenAt).toEqual(new Date('2024-12-31T23:59:58Z'));
  });

  it('honours a recorded zone, and falls back to DateTimeDigitized', () => {
    const exif = buildExif(
      true,
      [
        { tag: 0x9004, type: 2, values: '2025:07:01 08:00:00' },
        { tag: 0x9012, type: 2, values: '-05:00' },
      ],
      [],
    );
    expect(readExifFacts(exif)).toEqual({ hasLocation: false, takenAt: new Date('2025-07-01T13:00:00Z') });
  });

  it('does not count a GPS directory without a position (only a version tag) as a location', () => {
    const exif = buildExif(true, [], [{ tag: 0x0000, type: 4, values: [0x02020000] }]);
    expect(readExifFacts(exif).hasLocation).toBe(false);
  });

  it.each([
    ['blank', '0000:00:00 00:00:00'],
    ['impossible', '2025:02:30 10:00:00'],
    ['not a date', 'yesterday'],
  ])('gives no capture time for a %s date', (_name, value) => {
    expect(readExifFacts(buildExif(true, [{ tag: 0x9003, type: 2, values: value }], [])).takenAt).toBeNull();
  });

  it('yields no facts from missing, foreign or truncated EXIF instead of throwing', () => {
    const whole = buildExif(true, [{ tag: 0x9003, type: 2, values: '2025:03:14 09:26:53' }], [latitude]);
    expect(readExifFacts(undefined)).toEqual({ hasLocation: false, takenAt: null });
    expect(readExifFacts(new TextEncoder().encode('Exif\0\0not a tiff'))).toEqual({
      hasLocation: false,
      takenAt: null,
    });
    expect(readExifFacts(whole.subarray(0, 120))).toEqual({ hasLocation: false, takenAt: null });
  });
});
