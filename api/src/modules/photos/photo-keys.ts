/** Where the three copies of one photo are stored. */
export interface PhotoKeys {
  originalKey: string;
  publicKey: string;
  thumbnailKey: string;
}

const sha256Pattern = /^[0-9a-f]{64}$/;

/**
 * Content-addressed storage keys, derived from the SHA-256 of the original upload alone: the same
 * photo uploaded twice (an offline outbox retrying, two officers sending one picture) lands on the
 * same keys, so the retry writes nothing new. Two fan-out levels (ab/cd/) keep directories small on
 * local disk. The extensions match what renderPublicCopy and renderThumbnail encode.
 *
 * @example photoKeys(sha256).publicKey // 'public/ab/12/<sha256>.jpg' for a hash starting ab12
 */
export function photoKeys(sha256: string): PhotoKeys {
  if (!sha256Pattern.test(sha256)) throw new RangeError(`not a lowercase hex SHA-256: ${JSON.stringify(sha256)}`);
  const address = `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
  return {
    originalKey: `original/${address}`,
    publicKey: `public/${address}.jpg`,
    thumbnailKey: `thumb/${address}.webp`,
  };
}
