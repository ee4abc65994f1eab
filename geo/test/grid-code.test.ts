import { describe, expect, it } from 'vitest';
import { formatGridCode, isGridCodeOf, parseGridCode } from '../src/index.js';
import { readCsv } from './shared-data.js';

describe('parseGridCode', () => {
  it('splits 6 district + 3 street + 3 community + 3 sequence', () => {
    expect(parseGridCode('310101002001007')).toEqual({
      districtCode: '310101',
      streetCode: '310101002',
      communityCode: '310101002001',
      sequence: 7,
    });
    expect(parseGridCode('310101002001999').sequence).toBe(999);
  });

  it.each([
    [310101002001007, TypeError, /grid code must be a string/],
    ['31010100200100', RangeError, /must have 15 digits, got 14/],
    ['3101010020010070', RangeError, /must have 15 digits, got 16/],
    ['31010100200100x', RangeError, /only digits/],
    ['310101002001000', RangeError, /sequence 000; it must be 001-999/],
    ['310101002000001', RangeError, /first 12 digits are the STREET 310101002/],
    ['310101000001001', RangeError, /all-zero street segment/],
  ])('rejects %j', (input, type, message) => {
    expect(() => parseGridCode(input as string)).toThrow(type);
    expect(() => parseGridCode(input as string)).toThrow(message);
  });
});

describe('formatGridCode', () => {
  it('zero-pads the sequence', () => {
    expect(formatGridCode('310101002001', 1)).toBe('310101002001001');
    expect(formatGridCode('310101002001', 42)).toBe('310101002001042');
    expect(formatGridCode('310101002001', 999)).toBe('310101002001999');
  });

  it.each([0, 1000, -1, 1.5, Number.NaN])('rejects sequence %s', (sequence) => {
    expect(() => formatGridCode('310101002001', sequence)).toThrow(/grid sequence must be an integer from 1 to 999/);
  });

  it('rejects a code that is not a community', () => {
    expect(() => formatGridCode('310101002', 1)).toThrow(/community code, got the STREET code "310101002"/);
    expect(() => formatGridCode('310101002000', 1)).toThrow(/got the STREET code "310101002000"/);
    expect(() => formatGridCode('3101010020', 1)).toThrow(RangeError);
  });

  it('round-trips with parseGridCode for every real Shanghai community', () => {
    for (const { code = '' } of readCsv('shanghai/codes-2023/shanghai_communities_villages_2023.csv')) {
      const grid = formatGridCode(code, 12);
      expect(grid).toHaveLength(15);
      expect(parseGridCode(grid)).toMatchObject({ communityCode: code, sequence: 12 });
      expect(isGridCodeOf(grid, code)).toBe(true);
    }
  });
});

describe('isGridCodeOf', () => {
  it('is true only for the grid’s own community', () => {
    expect(isGridCodeOf('310101002001007', '310101002001')).toBe(true);
    expect(isGridCodeOf('310101002001007', '310101002002')).toBe(false);
    expect(isGridCodeOf('310101002001007', '310101013001')).toBe(false);
  });

  it('throws for malformed codes or a non-community level', () => {
    expect(() => isGridCodeOf('310101002001', '310101002001')).toThrow(/grid code must have 15 digits/);
    expect(() => isGridCodeOf('310101002001007', '310101002')).toThrow(/got the STREET code/);
    expect(() => isGridCodeOf('310101002001007', '31010100200x')).toThrow(/only digits/);
  });
});
