import { DomainError } from '../../errors/domain-error.js';

/** A plain name: starts with a letter or digit, so never '.', '..', a hidden file or empty. */
const segmentPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const maxKeyLength = 512;

/**
 * Refuses a storage key that is not a relative path of plain segments. On disk a key becomes a
 * path under the store's root and in S3 a URL path; `..`, an absolute path, a backslash or an
 * empty segment could step outside either (URL parsing resolves `..` too). Keys come from
 * photoKeys, but a route that serves photos may take one from a client, hence a client error.
 *
 * @example assertPhotoKey('thumb/ab/cd/abcd0123.webp') // passes
 * @example assertPhotoKey('../etc/passwd') // throws BAD_REQUEST
 */
export function assertPhotoKey(key: string): void {
  if (key.length <= maxKeyLength && key.split('/').every((segment) => segmentPattern.test(segment))) return;
  throw new DomainError('BAD_REQUEST', 'That is not a valid photo address.', { field: 'key' });
}
