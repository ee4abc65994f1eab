import { parseAreaCode } from '../parse-area-code.js';

/** Checks one part of a component ID; shared by parseComponentId and formatComponentId. */

/** The area part must be a 6-digit district code, or a city code for a city without districts. */
export function assertComponentArea(areaCode: string, where: string): void {
  if (typeof areaCode !== 'string') {
    throw new TypeError(`${where}: area code must be a string of 6 digits, got ${typeof areaCode}`);
  }
  if (areaCode.length !== 6) {
    throw new RangeError(`${where}: area code must be 6 digits, got ${JSON.stringify(areaCode)}`);
  }
  const area = parseAreaCode(areaCode);
  if (area.level === 'PROVINCE') {
    throw new RangeError(`${where}: area code ${areaCode} is a province; use a district code`);
  }
}

/** A class code is two digits, 01..99. */
export function assertClassCode(value: string, name: string, where: string): void {
  if (typeof value !== 'string') {
    throw new TypeError(`${where}: ${name} must be a string of two digits, got ${typeof value}`);
  }
  if (!/^[0-9]{2}$/.test(value) || value === '00') {
    throw new RangeError(`${where}: ${name} must be two digits 01-99, got ${JSON.stringify(value)}`);
  }
}
