import { assertClassCode, assertComponentArea } from './internal/component-parts.js';
import type { ComponentIdParts } from './parse-component-id.js';

/**
 * Builds a 16-digit component object ID from its parts; the inverse of
 * {@link parseComponentId}. The serial is zero-padded to 6 digits.
 *
 * @param parts - area code (6-digit district), major and minor class ('01'..'99'), serial
 *   (integer 1..999999)
 * @throws {RangeError | TypeError} naming the part that is invalid
 * @example
 * formatComponentId({ areaCode: '320508', majorClass: '01', minorClass: '01', serial: 1 });
 * // '3205080101000001'
 */
export function formatComponentId(parts: ComponentIdParts): string {
  const { areaCode, majorClass, minorClass, serial } = parts;
  const where = 'formatComponentId';
  assertComponentArea(areaCode, where);
  assertClassCode(majorClass, 'majorClass', where);
  assertClassCode(minorClass, 'minorClass', where);
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) {
    throw new RangeError(`${where}: serial must be an integer from 1 to 999999, got ${String(serial)}`);
  }
  return areaCode + majorClass + minorClass + String(serial).padStart(6, '0');
}
