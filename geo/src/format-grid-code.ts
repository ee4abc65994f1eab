import { parseAreaCode } from './parse-area-code.js';

/**
 * Builds a 15-digit unit grid code from a 12-digit community code and a sequence number,
 * zero-padded to 3 digits.
 *
 * @param communityCode - a 12-digit community (居委会 / 村委会) code
 * @param sequence - an integer 1..999
 * @throws {TypeError | RangeError} if `communityCode` is not a community code
 * @throws {RangeError} if `sequence` is not an integer in 1..999
 * @example
 * formatGridCode('310101002001', 7); // '310101002001007'
 */
export function formatGridCode(communityCode: string, sequence: number): string {
  const community = parseAreaCode(communityCode);
  if (community.level !== 'COMMUNITY') {
    throw new RangeError(
      `communityCode must be a 12-digit community code, got the ${community.level} code ${JSON.stringify(communityCode)}`,
    );
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    throw new RangeError(`grid sequence must be an integer from 1 to 999, got ${String(sequence)}`);
  }
  return community.code + String(sequence).padStart(3, '0');
}
