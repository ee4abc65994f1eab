import { parseAreaCode } from '@gridloop/geo';

/**
 * Whether a unit grid lies in the officer's area, by code as the API decides it: a district,
 * street or community code is the prefix of its grids' codes; a city code (310100) covers its
 * districts (3101xx).
 *
 * @example isGridInScope('310101002003004', '310101002') // true
 * @example isGridInScope('310101013001001', '310101002') // false
 * @example isGridInScope('310115001001001', '310100') // true
 */
export function isGridInScope(gridCode: string, areaCode: string): boolean {
  const isCity = parseAreaCode(areaCode).level === 'CITY';
  return gridCode.startsWith(isCity ? areaCode.replace(/(00)+$/, '') : areaCode);
}
