import { parseAreaCode } from './parse-area-code.js';
import { parseGridCode } from './parse-grid-code.js';

/**
 * The canonical code of the parent area: community → street → district → city → province.
 * A 15-digit unit grid code is accepted too; its parent is its community.
 *
 * Districts return the 6-digit city code `XXXX00`, following the NBS hierarchy. For the
 * municipalities that is the '市辖区' code: 黄浦区 `310101` → `310100` → `310000` 上海市.
 * Streets of a city without districts (东莞 `441900003`) return the city (`441900`).
 * Padded input is normalised first (`310101002000` → parent of street `310101002`).
 *
 * @param code - a 6/9/12-digit area code or a 15-digit grid code
 * @returns the parent's canonical code, or null for a province
 * @throws {TypeError | RangeError} if `code` is not a valid area or grid code
 * @example
 * parentCodeOf('310101002001'); // '310101002'
 * parentCodeOf('310101');       // '310100'
 * parentCodeOf('310000');       // null
 */
export function parentCodeOf(code: string): string | null {
  if (typeof code === 'string' && code.length === 15) return parseGridCode(code).communityCode;
  const area = parseAreaCode(code);
  switch (area.level) {
    case 'PROVINCE':
      return null;
    case 'CITY':
      return area.provinceCode;
    case 'DISTRICT':
      return area.cityCode ?? null;
    case 'STREET':
      return area.districtCode ?? area.cityCode ?? null;
    case 'COMMUNITY':
      return area.streetCode ?? null;
  }
}
