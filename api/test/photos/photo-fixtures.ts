import sharp from 'sharp';
import { DomainError } from '../../src/errors/domain-error.js';

/** EXIF as a phone in Shanghai writes it: capture time with its zone, and a GPS fix (People's Square). */
export const shanghaiExif = {
  IFD0: { Make: 'gridloop-test', Model: 'fixture' },
  IFD2: { DateTimeOriginal: '2025:03:14 09:26:53', OffsetTimeOriginal: '+08:00' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' },
};

export const xmpWithLocation = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="31,14.0N" exif:GPSLongitude="121,28.0E"/>
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/** A solid-colour image to encode. */
export function solid(width: number, height: number, background = '#3a7d44') {
  return sharp({ create: { width, height, channels: 3, background } });
}

/** Left half red, right half blue: shows which way an orientation turned the picture. */
export function leftRedRightBlue(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels.set(x < width / 2 ? [255, 0, 0] : [0, 0, 255], (y * width + x) * 3);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** The RGB of one pixel of an encoded image. */
export async function pixelAt(image: Uint8Array, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at] ?? -1, data[at + 1] ?? -1, data[at + 2] ?? -1];
}

/** The DomainError a promise rejects with; fails the test when it resolves or rejects otherwise. */
export async function rejectionOf(work: Promise<unknown>): Promise<DomainError> {
  try {
    await work;
  } catch (error) {
    if (DomainError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but the work succeeded');
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
