import { assertDigitCode } from './internal/digit-code.js';
import { parseAreaCode } from './parse-area-code.js';

/** A parsed 15-digit unit grid (单元网格) code. */
export interface ParsedGridCode {
  /** First 6 digits: the district (or, for a city without districts such as 东莞, the city). */
  readonly districtCode: string;
  /** First 9 digits. */
  readonly streetCode: string;
  /** First 12 digits. */
  readonly communityCode: string;
  /** Last 3 digits as a number, 1..999. */
  readonly sequence: number;
}

/**
 * Parses a unit grid code: the 12-digit community code it lies in followed by a 3-digit
 * sequence number (6 district + 3 street + 3 community + 3 sequence).
 *
 * @param code - 15 ASCII digits
 * @throws {TypeError} if `code` is not a string
 * @throws {RangeError} if it is not 15 digits, its first 12 digits are not a community code,
 *   or its sequence is 000
 * @example
 * parseGridCode('310101002001007');
 * // { districtCode: '310101', streetCode: '310101002',
 * //   communityCode: '310101002001', sequence: 7 }
 */
export function parseGridCode(code: string): ParsedGridCode {
  assertDigitCode(code, 'grid code', [15]);
  const community = parseAreaCode(code.slice(0, 12));
  if (community.level !== 'COMMUNITY') {
    throw new RangeError(
      `grid code ${JSON.stringify(code)} must start with a community code, ` +
        `but its first 12 digits are the ${community.level} ${community.code}`,
    );
  }
  const sequence = Number(code.slice(12));
  if (sequence === 0) {
    throw new RangeError(`grid code ${JSON.stringify(code)} has sequence 000; it must be 001-999`);
  }
  return {
    districtCode: code.slice(0, 6),
    streetCode: code.slice(0, 9),
    communityCode: code.slice(0, 12),
    sequence,
  };
}
