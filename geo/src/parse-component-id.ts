import { assertClassCode, assertComponentArea } from './internal/component-parts.js';
import { assertDigitCode } from './internal/digit-code.js';

/** The parts of a 16-digit component (部件) object ID. */
export interface ComponentIdParts {
  /** 6-digit district code (a city code for a city without districts, e.g. 东莞 441900). */
  readonly areaCode: string;
  /** 2-digit major class (大类), e.g. '01' 公用设施. */
  readonly majorClass: string;
  /** 2-digit minor class (小类) within the major class, e.g. '01' 上水井盖. */
  readonly minorClass: string;
  /** Serial number within area and class, 1..999999. */
  readonly serial: number;
}

/**
 * Parses a component object ID (GB/T 30428.2 structure): 6-digit area code + 2-digit major
 * class + 2-digit minor class + 6-digit serial.
 *
 * @param id - 16 ASCII digits
 * @throws {TypeError} if `id` is not a string
 * @throws {RangeError} for a wrong length or non-digits, an area that is not a district,
 *   a class '00', or serial 000000
 * @example
 * parseComponentId('3205080101000001');
 * // { areaCode: '320508', majorClass: '01', minorClass: '01', serial: 1 }
 */
export function parseComponentId(id: string): ComponentIdParts {
  assertDigitCode(id, 'component ID', [16]);
  const where = `component ID ${JSON.stringify(id)}`;
  const areaCode = id.slice(0, 6);
  const majorClass = id.slice(6, 8);
  const minorClass = id.slice(8, 10);
  const serial = Number(id.slice(10));
  assertComponentArea(areaCode, where);
  assertClassCode(majorClass, 'major class', where);
  assertClassCode(minorClass, 'minor class', where);
  if (serial === 0) {
    throw new RangeError(`${where}: serial must be 000001-999999, got 000000`);
  }
  return { areaCode, majorClass, minorClass, serial };
}
