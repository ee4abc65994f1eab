import { describe, expect, it } from 'vitest';
import { type ComponentIdParts, formatComponentId, parseComponentId } from '../src/index.js';

describe('parseComponentId', () => {
  it('splits 6 area + 2 major + 2 minor + 6 serial', () => {
    // Real example (shared/data/categories-reference.md): 苏州姑苏区, 公用设施, 上水井盖, serial 1.
    expect(parseComponentId('3205080101000001')).toEqual({
      areaCode: '320508',
      majorClass: '01',
      minorClass: '01',
      serial: 1,
    });
    expect(parseComponentId('3101010312999999')).toEqual({
      areaCode: '310101',
      majorClass: '03',
      minorClass: '12',
      serial: 999999,
    });
  });

  it('accepts a city code for a city without districts', () => {
    expect(parseComponentId('4419000201000123').areaCode).toBe('441900');
  });

  it.each([
    [3205080101000001, TypeError, /component ID must be a string/],
    ['320508010100000', RangeError, /must have 16 digits, got 15/],
    ['32050801010000a1', RangeError, /only digits/],
    ['3200000101000001', RangeError, /area code 320000 is a province/],
    ['0005080101000001', RangeError, /province segment "00"/],
    ['3205080001000001', RangeError, /major class must be two digits 01-99, got "00"/],
    ['3205080100000001', RangeError, /minor class must be two digits 01-99, got "00"/],
    ['3205080101000000', RangeError, /serial must be 000001-999999, got 000000/],
  ])('rejects %j', (input, type, message) => {
    expect(() => parseComponentId(input as string)).toThrow(type);
    expect(() => parseComponentId(input as string)).toThrow(message);
  });
});

describe('formatComponentId', () => {
  const parts: ComponentIdParts = { areaCode: '320508', majorClass: '01', minorClass: '01', serial: 1 };

  it('zero-pads the serial and round-trips', () => {
    expect(formatComponentId(parts)).toBe('3205080101000001');
    for (const id of ['3205080101000001', '3101150405012345', '3101010312999999']) {
      expect(formatComponentId(parseComponentId(id))).toBe(id);
    }
  });

  it.each<[Partial<ComponentIdParts>, RegExp]>([
    [{ areaCode: '32050' }, /area code must be 6 digits, got "32050"/],
    [{ areaCode: '320508001' }, /area code must be 6 digits/],
    [{ areaCode: '320000' }, /is a province/],
    [{ majorClass: '1' }, /majorClass must be two digits 01-99, got "1"/],
    [{ minorClass: '00' }, /minorClass must be two digits 01-99, got "00"/],
    [{ serial: 0 }, /serial must be an integer from 1 to 999999, got 0/],
    [{ serial: 1_000_000 }, /got 1000000/],
    [{ serial: 2.5 }, /got 2.5/],
  ])('rejects %o', (override, message) => {
    expect(() => formatComponentId({ ...parts, ...override })).toThrow(message);
  });
});

it('formatComponentId rejects non-string parts with a TypeError', () => {
  const bad = { areaCode: 320508, majorClass: '01', minorClass: '01', serial: 1 } as unknown as ComponentIdParts;
  expect(() => formatComponentId(bad)).toThrow(TypeError);
  expect(() => formatComponentId({ ...bad, areaCode: '320508', majorClass: 1 } as unknown as ComponentIdParts)).toThrow(
    /majorClass must be a string of two digits, got number/,
  );
});
