import { tooManyPhotosError } from './photo-errors.js';
import { defaultPhotoLimits, type PhotoLimits } from './photo-limits.js';

/**
 * Refuses an action carrying more photos than allowed (PAYLOAD_TOO_LARGE), before any of them is
 * read, so the count is checked up front rather than after nine decodes.
 *
 * @example assertPhotoCount(10) // throws PAYLOAD_TOO_LARGE: at most 9
 */
export function assertPhotoCount(count: number, limits: PhotoLimits = defaultPhotoLimits): void {
  if (count > limits.maxPhotosPerAction) throw tooManyPhotosError(count, limits);
}
