import { assertDigitCode, isZeroSegment } from './internal/digit-code.js';

/** Levels of the area hierarchy (GB/T 2260 for 6-digit codes, NBS statistical codes below). */
export type AreaLevel = 'PROVINCE' | 'CITY' | 'DISTRICT' | 'STREET' | 'COMMUNITY';

/** A parsed area code. Each ancestor code is given in its canonical (short) form. */
export interface ParsedAreaCode {
  readonly level: AreaLevel;
  /** Canonical form: 6 digits for province, city and district; 9 for street; 12 for community. */
  readonly code: string;
  /** e.g. '310000' (上海市). */
  readonly provinceCode: string;
  /** e.g. '310100' (上海市市辖区); absent for a province. */
  readonly cityCode?: string;
  /**
   * e.g. '310101' (黄浦区); absent above district level, and under a city without districts
   * (东莞 441900, whose streets sit directly under the city).
   */
  readonly districtCode?: string;
  /** e.g. '310101002' (南京东路街道). */
  readonly streetCode?: string;
  /** e.g. '310101002001' (云南中路居委会). */
  readonly communityCode?: string;
}

const LEVELS = ['PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY'] as const;
/** [start, end) of each level's segment in the 12-digit form. */
const SEGMENTS = [
  [0, 2],
  [2, 4],
  [4, 6],
  [6, 9],
  [9, 12],
] as const;
const CANONICAL_LENGTH: Record<AreaLevel, number> = {
  PROVINCE: 6,
  CITY: 6,
  DISTRICT: 6,
  STREET: 9,
  COMMUNITY: 12,
};
const DISTRICT = 2;

/**
 * Parses an administrative area code: a 6-digit GB/T 2260 code (province `310000`, city
 * `310100`, district `310101`), a 9-digit street/town code (`310101002`) or a 12-digit NBS
 * community/village code (`310101002001`).
 *
 * Trailing all-zero segments denote a higher level, so padded forms are accepted and
 * normalised to the canonical short form: `310101002000` is the street `310101002`,
 * `310101000000` the district `310101`. A zero segment may not be followed by a non-zero one,
 * except that the district segment may be `00` under a city without districts (东莞
 * `441900003` is a street directly under the city `441900`).
 *
 * @param code - 6, 9 or 12 ASCII digits
 * @throws {TypeError} if `code` is not a string
 * @throws {RangeError} for non-digits, a wrong length, a `00` province, or a zero segment
 *   followed by a non-zero one
 * @example
 * parseAreaCode('310101002000');
 * // { level: 'STREET', code: '310101002', provinceCode: '310000', cityCode: '310100',
 * //   districtCode: '310101', streetCode: '310101002' }
 */
export function parseAreaCode(code: string): ParsedAreaCode {
  assertDigitCode(code, 'area code', [6, 9, 12]);
  const padded = code.padEnd(12, '0');
  const zero = SEGMENTS.map(([start, end]) => isZeroSegment(padded.slice(start, end)));
  if (zero[0]) {
    throw new RangeError(`area code ${JSON.stringify(code)} has province segment "00"`);
  }
  const depth = zero.lastIndexOf(false);
  for (let i = 1; i < depth; i++) {
    // The district segment alone may be '00': streets directly under a city (东莞, 中山).
    if (zero[i] && i !== DISTRICT) {
      throw new RangeError(
        `area code ${JSON.stringify(code)} has an all-zero ${LEVELS[i]?.toLowerCase()} segment ` +
          `followed by a non-zero ${LEVELS[depth]?.toLowerCase()} segment`,
      );
    }
  }
  const level = LEVELS[depth] ?? 'PROVINCE';
  const prefix = (length: number) => padded.slice(0, length).padEnd(6, '0');
  return {
    level,
    code: prefix(CANONICAL_LENGTH[level]),
    provinceCode: prefix(2),
    ...(depth >= 1 && { cityCode: prefix(4) }),
    ...(depth >= DISTRICT && !zero[DISTRICT] && { districtCode: prefix(6) }),
    ...(depth >= 3 && { streetCode: prefix(9) }),
    ...(depth >= 4 && { communityCode: prefix(12) }),
  };
}
