import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Geometry, gcj02ToWgs84, transformGeometry } from '@gridloop/geo';
import { type AreaBoundaryRow, dataDirectory } from '@gridloop/prisma';
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

/** Rows of one 2023 code table: code and name, the parent chosen by `parentOf`, fences if asked. */
function readCodeTable(
  file: string,
  level: AreaBoundaryRow['level'],
  parentOf: (row: CsvRow) => string | null,
  { withFence = false } = {},
): AreaBoundaryRow[] {
  return readCsv(join(shanghai, 'codes-2023', file)).map((row) => ({
    code: row.code ?? '',
    name: row.name ?? '',
    level,
    parentCode: parentOf(row),
    boundary: withFence ? readFence(row.code ?? '') : null,
    isDerived: false,
  }));
}

/**
 * The Shanghai hierarchy from the shipped real data: city and 16 districts with their official
 * boundaries, 234 streets/towns and 6,509 communities/villages by code and name (no polygons:
 * none are published; the geography issue derives them).
 */
export function readShanghaiAreas(): AreaBoundaryRow[] {
  const city: AreaBoundaryRow = {
    code: shanghaiCityCode,
    name: '上海市',
    level: 'CITY',
    parentCode: null,
    boundary: readFence(shanghaiCityCode),
    isDerived: false,
  };
  return [
    city,
    ...readCodeTable('shanghai_districts_2023.csv', 'DISTRICT', () => shanghaiCityCode, { withFence: true }),
    ...readCodeTable('shanghai_streets_towns_2023.csv', 'STREET', (row) => row.areaCode ?? null),
    ...readCodeTable('shanghai_communities_villages_2023.csv', 'COMMUNITY', (row) => row.streetCode ?? null),
  ];
}
