import { wgs84ToGcj02 } from '@gridloop/geo';
import { describe, expect, it } from 'vitest';
import { areaCodePrefix } from '../src/modules/geography/import/area-code-prefix.js';
import { checkFeatureCode } from '../src/modules/geography/import/check-feature-code.js';
import { checkFeatureGeometry } from '../src/modules/geography/import/check-feature-geometry.js';
import { defaultCodeFields, defaultNameFields } from '../src/modules/geography/import/import-options.js';
import { featureProblem } from '../src/modules/geography/import/import-problem.js';
import { buildImportReport } from '../src/modules/geography/import/import-report.js';
import { prepareFeatures } from '../src/modules/geography/import/prepare-features.js';
import { readFeatureAttribute } from '../src/modules/geography/import/read-feature-attribute.js';

const square = [
  [
    [121.48, 31.23],
    [121.49, 31.23],
    [121.49, 31.24],
    [121.48, 31.24],
    [121.48, 31.23],
  ],
];

describe('checkFeatureGeometry', () => {
  it('accepts polygons and multipolygons of 2D longitude/latitude', () => {
    expect(checkFeatureGeometry({ type: 'Polygon', coordinates: square })).toMatchObject({ ok: true });
    expect(checkFeatureGeometry({ type: 'MultiPolygon', coordinates: [square, square] })).toMatchObject({ ok: true });
  });

  it.each([
    ['null', null, 'EMPTY_GEOMETRY'],
    ['a point', { type: 'Point', coordinates: [121.48, 31.23] }, 'WRONG_GEOMETRY_TYPE'],
    ['a geometry collection', { type: 'GeometryCollection', geometries: [] }, 'WRONG_GEOMETRY_TYPE'],
    ['an empty polygon', { type: 'Polygon', coordinates: [] }, 'EMPTY_GEOMETRY'],
    ['an empty multipolygon', { type: 'MultiPolygon', coordinates: [[]] }, 'EMPTY_GEOMETRY'],
    ['no coordinates', { type: 'Polygon' }, 'MALFORMED_GEOMETRY'],
    ['a three-position ring', { type: 'Polygon', coordinates: [square[0]?.slice(2)] }, 'MALFORMED_GEOMETRY'],
    [
      'an unclosed ring',
      { type: 'Polygon', coordinates: [[...(square[0]?.slice(0, 4) ?? []), [121.481, 31.231]]] },
      'MALFORMED_GEOMETRY',
    ],
    [
      'a string coordinate',
      { type: 'Polygon', coordinates: [[['121.48', 31.23], ...(square[0]?.slice(1) ?? [])]] },
      'MALFORMED_GEOMETRY',
    ],
    [
      'an infinite coordinate',
      { type: 'Polygon', coordinates: [square[0]?.map(([x, y]) => [x === 121.49 ? Number.POSITIVE_INFINITY : x, y])] },
      'MALFORMED_GEOMETRY',
    ],
    ['Z values', { type: 'Polygon', coordinates: [square[0]?.map(([x = 0, y = 0]) => [x, y, 4])] }, 'NOT_2D'],
    [
      'projected metres',
      { type: 'Polygon', coordinates: [square[0]?.map(([x = 0, y = 0]) => [x * 3000, y * 100_000])] },
      'NOT_LNG_LAT',
    ],
  ])('refuses %s', (_name, geometry, problem) => {
    expect(checkFeatureGeometry(geometry)).toMatchObject({ ok: false, problem });
  });
});

describe('checkFeatureCode', () => {
  it('parses real Shanghai codes for each layer and names the parent', () => {
    expect(checkFeatureCode('DISTRICT', '310101')).toEqual({ ok: true, code: '310101', parentCodes: ['310100'] });
    expect(checkFeatureCode('STREET', '310101002')).toEqual({ ok: true, code: '310101002', parentCodes: ['310101'] });
    expect(checkFeatureCode('COMMUNITY', '310101002001')).toEqual({
      ok: true,
      code: '310101002001',
      parentCodes: ['310101002'],
    });
    expect(checkFeatureCode('UNIT_GRID', '310101002001007')).toEqual({
      ok: true,
      code: '310101002001007',
      parentCodes: ['310101002001'],
    });
  });

  it('normalises padded 12-digit codes of higher levels', () => {
    expect(checkFeatureCode('STREET', '310101002000')).toMatchObject({ ok: true, code: '310101002' });
  });

  it('finds the street or community inside a responsibility grid code', () => {
    expect(checkFeatureCode('RESPONSIBILITY_GRID', 'R310101002001-01')).toMatchObject({
      parentCodes: ['310101002001', '310101002'],
    });
    expect(checkFeatureCode('RESPONSIBILITY_GRID', '310101002-A')).toMatchObject({ parentCodes: ['310101002'] });
    expect(checkFeatureCode('RESPONSIBILITY_GRID', 'beat-7')).toMatchObject({ ok: false });
  });

  it.each([
    ['UNIT_GRID', '31010100200100', /15 digits/],
    ['UNIT_GRID', '310101002001000', /sequence 000/],
    ['UNIT_GRID', '31010100200100x', /only digits/],
    ['STREET', '310101', /district code/],
    ['COMMUNITY', '310101002', /street code/],
  ] as const)('refuses a %s code %s', (layer, code, message) => {
    const check = checkFeatureCode(layer, code);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });
});

describe('readFeatureAttribute', () => {
  it('takes the first candidate present, then ignores case, and keeps number codes exact', () => {
    expect(readFeatureAttribute({ CODE: ' 310101002 ', 编码: 'x' }, defaultCodeFields)).toBe('x');
    expect(readFeatureAttribute({ CODE: ' 310101002 ' }, defaultCodeFields)).toBe('310101002');
    expect(readFeatureAttribute({ 网格编码: 310101002001007 }, defaultCodeFields)).toBe('310101002001007');
    expect(readFeatureAttribute({ NAME: '南京东路街道' }, defaultNameFields)).toBe('南京东路街道');
    expect(readFeatureAttribute({ code: '', name: 1.5 }, ['code', 'name'])).toBeNull();
  });
});

describe('areaCodePrefix', () => {
  it('keeps the significant digits of an area code', () => {
    expect(areaCodePrefix('310100')).toBe('3101');
    expect(areaCodePrefix('310101')).toBe('310101');
    expect(areaCodePrefix('310101002')).toBe('310101002');
  });
});

describe('prepareFeatures', () => {
  const options = {
    layer: 'UNIT_GRID',
    crs: 'WGS84',
    codeFields: ['code'],
    nameFields: ['name'],
    scopePrefix: null,
  } as const;

  it('reports code and geometry problems of one feature together and stages only clean features', () => {
    const prepared = prepareFeatures(
      [
        {
          index: 0,
          properties: { code: '310101002001001', name: '一号' },
          geometry: { type: 'Polygon', coordinates: square },
        },
        { index: 1, properties: { code: '42' }, geometry: null },
        { index: 2, properties: {}, geometry: { type: 'Polygon', coordinates: square } },
      ],
      options,
    );
    expect(prepared.staged).toEqual([
      {
        featureIndex: 0,
        code: '310101002001001',
        name: '一号',
        parentCodes: ['310101002001'],
        geometry: { type: 'Polygon', coordinates: square },
      },
    ]);
    expect(prepared.problems.map((p) => [p.featureIndex, p.problem])).toEqual([
      [1, 'BAD_CODE'],
      [1, 'EMPTY_GEOMETRY'],
      [2, 'BAD_CODE'],
    ]);
  });

  it('converts GCJ-02 input back to WGS84 (the Bund, to within a centimetre)', () => {
    const bund = [121.4903, 31.2403] as const;
    const [lng, lat] = wgs84ToGcj02(bund);
    const ring = [
      [lng, lat],
      [lng + 0.001, lat],
      [lng + 0.001, lat + 0.001],
      [lng, lat],
    ];
    const prepared = prepareFeatures(
      [{ index: 0, properties: { code: '310101002001001' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
      {
        ...options,
        crs: 'GCJ02',
      },
    );
    const geometry = prepared.staged[0]?.geometry as { coordinates: number[][][] } | undefined;
    const first = geometry?.coordinates[0]?.[0] ?? [];
    expect(Math.abs((first[0] ?? 0) - bund[0])).toBeLessThan(1e-7);
    expect(Math.abs((first[1] ?? 0) - bund[1])).toBeLessThan(1e-7);
  });

  it('refuses codes outside the importer’s area', () => {
    const prepared = prepareFeatures(
      [{ index: 0, properties: { code: '310104001001001' }, geometry: { type: 'Polygon', coordinates: square } }],
      {
        ...options,
        scopePrefix: '310101',
      },
    );
    expect(prepared.staged).toEqual([]);
    expect(prepared.problems[0]).toMatchObject({ featureIndex: 0, problem: 'OUTSIDE_SCOPE' });
  });
});

describe('buildImportReport', () => {
  it('sorts problems by feature, cuts the lists and keeps every count', () => {
    const problems = [3, 1, 2, 0, 1].map((index) =>
      featureProblem(index, null, index === 1 ? 'OVERLAP' : 'BAD_CODE', 'x'),
    );
    const report = buildImportReport({
      dryRun: true,
      layer: 'UNIT_GRID',
      crs: 'WGS84',
      format: 'GEOJSON',
      sourceName: 'f.geojson',
      featureCount: 4,
      problems,
      gaps: [],
      gapCount: 2,
      warnings: [],
      listLimit: 3,
      write: null,
    });
    expect(report).toMatchObject({ ok: false, errorCount: 5, gapCount: 2, layerImportId: null, written: 0 });
    expect(report.errors.map((error) => error.featureIndex)).toEqual([0, 1, 1]);
    expect(report.summary).toEqual([
      { problem: 'BAD_CODE', count: 3 },
      { problem: 'OVERLAP', count: 2 },
      { problem: 'GAP', count: 2 },
    ]);
  });
});
