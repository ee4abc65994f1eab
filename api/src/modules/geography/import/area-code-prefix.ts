import { parseAreaCode } from '@gridloop/geo';

const significantDigits = { PROVINCE: 2, CITY: 4, DISTRICT: 6, STREET: 9, COMMUNITY: 12 } as const;

/**
 * The digits every code inside an area starts with: the area's code without its all-zero lower
 * segments. Codes are hierarchical, so "is inside" is "starts with".
 *
 * @example
 * areaCodePrefix('310100'); // '3101' (上海市市辖区: every district 3101xx is inside)
 * areaCodePrefix('310101002'); // '310101002'
 */
export function areaCodePrefix(areaCode: string): string {
  const area = parseAreaCode(areaCode);
  return area.code.slice(0, significantDigits[area.level]);
}
