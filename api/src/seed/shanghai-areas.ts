import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Geometry, gcj02ToWgs84, transformGeometry } from '@gridloop/geo';
import { type AreaBoundaryRow, type AreaCodeRow, dataDirectory } from '@gridloop/prisma';
import { readCsv } from './read-csv.js';

const shanghai = join(dataDirectory, 'shanghai');
/** The city row uses the NBS city-level code (市辖区 3101 → 310100) that districts' codes extend. */
export const shanghaiCityCode = '310100';

/** Published fences are GCJ-02 (AMap/DataV); gridloop stores WGS84. */
function readFence(adcode: string): Geometry {
  const geometry = JSON.parse(readFileSync(join(shanghai, 'district-fences', `${adcode}.json`), 'utf8')) as Geometry;
  return transformGeometry(geometry, gcj02ToWgs84, { decimals: 7 });
}

type CsvRow = Record<string, string>;

/** Rows of one 2023 code table: code, name, level and the parent chosen by `parentOf`. */
function readCodeTable(
  file: string,
  level: AreaCodeRow['level'],
  parentOf: (row: CsvRow) => string | null,
): AreaCodeRow[] {
  return readCsv(join(shanghai, 'codes-2023', file)).map((row) => ({
    code: row.code ?? '',
    name: row.name ?? '',
    level,
    parentCode: parentOf(row),
  }));
}

/**
 * The official boundaries shipped for Shanghai: the city and its 16 districts (Vonng/adcode
 * fences, GCJ-02 converted to WGS84), named and coded by the 2023 tables.
 */
export function readShanghaiBoundaries(): AreaBoundaryRow[] {
  const city: AreaBoundaryRow = {
    code: shanghaiCityCode,
    name: '上海市',
    level: 'CITY',
    parentCode: null,
    boundary: readFence(shanghaiCityCode),
    isDerived: false,
  };
  const districts = readCodeTable('shanghai_districts_2023.csv', 'DISTRICT', () => shanghaiCityCode).map((row) => ({
    ...row,
    boundary: readFence(row.code),
    isDerived: false,
  }));
  return [city, ...districts];
}

/**
 * The 234 streets/towns and 6,509 communities/villages of 2023 by code and name only: no polygons
 * are published for them (the demo city derives some, an admin may import real ones), so loading
 * the codes must never touch a boundary.
 */
export function readShanghaiCodes(): AreaCodeRow[] {
  return [
    ...readCodeTable('shanghai_streets_towns_2023.csv', 'STREET', (row) => row.areaCode ?? null),
    ...readCodeTable('shanghai_communities_villages_2023.csv', 'COMMUNITY', (row) => row.streetCode ?? null),
  ];
}
