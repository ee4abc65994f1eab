import { describe, expect, it } from 'vitest';
import { sniffImageType } from '../../src/modules/photos/sniff-image-type.js';
import { solid, utf8 } from './photo-fixtures.js';

/** An ISO-BMFF ftyp box with the given major and compatible brands, followed by junk. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const brands = [major, '\0\0\0\0', ...compatible].join('');
  const box = new Uint8Array(8 + brands.length + 16);
  new DataView(box.buffer).setUint32(0, 8 + brands.length);
  box.set(utf8(`ftyp${brands}`), 4);
  return box;
}

describe('sniffImageType', () => {
  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
  ] as const)('recognises a real %s by its bytes', async (format, mimeType) => {
    expect(sniffImageType(await solid(8, 8)[format]().toBuffer())).toBe(mimeType);
  });

  it('ignores what the file is called: PNG bytes are PNG whatever the name', async () => {
    const pngNamedJpg = new File([await solid(8, 8).png().toBuffer()], 'photo.jpg', { type: 'image/jpeg' });
    expect(sniffImageType(new Uint8Array(await pngNamedJpg.arrayBuffer()))).toBe('image/png');
  });

  it.each([
    ['an HTML page', utf8('<!doctype html><html><script>alert(1)</script></html>')],
    ['plain text', utf8('not a photo at all')],
    ['a GIF', utf8('GIF89a\x01\x00\x01\x00')],
    ['a RIFF file that is not WebP', utf8('RIFF\x10\x00\x00\x00WAVEfmt ')],
    ['an empty buffer', new Uint8Array()],
    ['two bytes of JPEG magic', new Uint8Array([0xff, 0xd8])],
    ['an AVIF file', ftyp('avif', 'mif1', 'miaf')],
  ])('returns null for %s', (_name, bytes) => {
    expect(sniffImageType(bytes)).toBeNull();
  });

  it('recognises HEIC by its major or compatible brand', () => {
    expect(sniffImageType(ftyp('heic', 'mif1', 'heic'))).toBe('image/heic');
    expect(sniffImageType(ftyp('mif1', 'heic'))).toBe('image/heic');
  });
});
