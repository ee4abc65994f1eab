import { parseAreaCode } from './parse-area-code.js';
import { parseGridCode } from './parse-grid-code.js';

/**
 * Whether a unit grid code belongs to a community, i.e. extends its 12 digits.
 *
 * @param gridCode - a 15-digit grid code
 * @param communityCode - a 12-digit community code
 * @throws {TypeError | RangeError} if either code is malformed, or `communityCode` is not at
 *   community level (compare other levels with {@link parseGridCode}'s fields)
 * @example
 * isGridCodeOf('310101002001007', '310101002001'); // true
 * isGridCodeOf('310101002001007', '310101002002'); // false
 */
export function isGridCodeOf(gridCode: string, communityCode: string): boolean {
  const grid = parseGridCode(gridCode);
  const community = parseAreaCode(communityCode);
  if (community.level !== 'COMMUNITY') {
    throw new RangeError(
      `communityCode must be a 12-digit community code, got the ${community.level} code ${JSON.stringify(communityCode)}`,
    );
  }
  return grid.communityCode === community.code;
}
