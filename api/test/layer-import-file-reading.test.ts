import { describe, expect, it } from 'vitest';
import { DomainError } from '../src/errors/domain-error.js';
import { parseImportCliArgs } from '../src/modules/geography/import/import-cli-args.js';
import { defaultLimits } from '../src/modules/geography/import/import-options.js';
import { parseFeatureCollection } from '../src/modules/geography/import/parse-feature-collection.js';
import { readLayerFile } from '../src/modules/geography/import/read-layer-file.js';
import { assemblePolygon } from '../src/modules/geography/import/shapefile/assemble-polygon.js';
import { assertWgs84Prj } from '../src/modules/geography/import/shapefile/assert-wgs84-prj.js';
import { dbfTextDecoder } from '../src/modules/geography/import/shapefile/dbf-text-decoder.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const feature = { type: 'Feature', properties: { code: '310101' }, geometry: null };

/** The DomainError code `work` throws, or null. */
function thrownCode(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    if (DomainError.is(error)) return error.code;
    throw error;
  }
}

describe('parseFeatureCollection', () => {
  it('reads features with their index, past a byte-order mark, and flags entries that are not features', () => {
    const bytes = utf8(`\uFEFF${JSON.stringify({ type: 'FeatureCollection', features: [feature, 'oops', feature] })}`);
    const layer = parseFeatureCollection(bytes, 10);
    expect(layer).toMatchObject({ format: 'GEOJSON', featureCount: 3 });
    expect(layer.features.map((f) => f.index)).toEqual([0, 2]);
    expect(layer.problems).toEqual([expect.objectContaining({ featureIndex: 1, problem: 'MALFORMED_FEATURE' })]);
  });

  it('accepts the legacy crs member when it names WGS84 longitude/latitude', () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
    expect(
      parseFeatureCollection(utf8(JSON.stringify({ type: 'FeatureCollection', crs, features: [feature] })), 10)
        .featureCount,
    ).toBe(1);
  });

  it.each([
    ['malformed JSON', '{"type":', 'INVALID_FILE'],
    ['a bare geometry', JSON.stringify({ type: 'Polygon', coordinates: [] }), 'INVALID_FILE'],
    ['an array', '[]', 'INVALID_FILE'],
    [
      'CGCS2000',
      JSON.stringify({ type: 'FeatureCollection', crs: { properties: { name: 'EPSG:4490' } }, features: [] }),
      'UNSUPPORTED_CRS',
    ],
    [
      'too many features',
      JSON.stringify({ type: 'FeatureCollection', features: [feature, feature, feature] }),
      'PAYLOAD_TOO_LARGE',
    ],
  ])('refuses %s', (_name, text, code) => {
    expect(thrownCode(() => parseFeatureCollection(utf8(text), 2))).toBe(code);
  });

  it('refuses text that is not UTF-8 (a GBK-encoded GeoJSON)', () => {
    expect(thrownCode(() => parseFeatureCollection(new Uint8Array([0x7b, 0xb1, 0xe0, 0x7d]), 2))).toBe('INVALID_FILE');
  });
});

describe('readLayerFile', () => {
  it('refuses an upload over the size limit before reading it, and an empty one', () => {
    expect(thrownCode(() => readLayerFile(new Uint8Array(11), { ...defaultLimits, maxBytes: 10 }))).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    expect(thrownCode(() => readLayerFile(new Uint8Array(0), defaultLimits))).toBe('INVALID_FILE');
  });

  it('recognises a ZIP archive by its content, whatever the file is called', () => {
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    expect(() => readLayerFile(emptyZip, defaultLimits)).toThrow(/no \.shp file/);
  });
});

describe('assertWgs84Prj', () => {
  const wgs84 =
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
  it('accepts geographic WGS 84 as Esri and GDAL write it', () => {
    expect(() => assertWgs84Prj(wgs84)).not.toThrow();
    expect(() =>
      assertWgs84Prj(
        'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],UNIT["degree",0.0174532925199433]]',
      ),
    ).not.toThrow();
  });

  it.each([
    [
      'UTM 51N',
      'PROJCS["WGS_1984_UTM_Zone_51N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]],PROJECTION["Transverse_Mercator"]]',
      /projected system \("WGS_1984_UTM_Zone_51N"\)/,
    ],
    [
      'CGCS2000',
      'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]]]',
      /another datum/,
    ],
    [
      'Web Mercator',
      'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]]',
      /projected/,
    ],
  ])('refuses %s with UNSUPPORTED_CRS, naming it', (_name, wkt, message) => {
    expect(thrownCode(() => assertWgs84Prj(wkt))).toBe('UNSUPPORTED_CRS');
    expect(() => assertWgs84Prj(wkt)).toThrow(message);
  });
});

describe('dbfTextDecoder', () => {
  const header = (languageDriver: number) => Object.assign(new Uint8Array(40), { 29: languageDriver });
  const gbk编码 = new Uint8Array([0xb1, 0xe0, 0xc2, 0xeb]);

  it('follows the .cpg, in the forms GIS tools write', () => {
    expect(dbfTextDecoder(header(0), 'UTF-8').encoding).toBe('utf-8');
    expect(dbfTextDecoder(header(0), 'GBK\r\n').encoding).toBe('gbk');
    expect(dbfTextDecoder(header(0), 'ANSI 936').encoding).toBe('gbk');
    expect(dbfTextDecoder(header(0), 'CP936').encoding).toBe('gbk');
    expect(dbfTextDecoder(header(0), '65001').encoding).toBe('utf-8');
    expect(thrownCode(() => dbfTextDecoder(header(0), 'EBCDIC-37'))).toBe('INVALID_FILE');
  });

  it('without a .cpg, reads the language driver, then tells UTF-8 from GBK by the bytes', () => {
    expect(dbfTextDecoder(header(0x4d), null).encoding).toBe('gbk');
    expect(dbfTextDecoder(new Uint8Array([...header(0), ...utf8('编码')]), null).encoding).toBe('utf-8');
    const decoder = dbfTextDecoder(new Uint8Array([...header(0), ...gbk编码]), null);
    expect(decoder.decode(gbk编码)).toBe('编码');
  });
});

describe('assemblePolygon', () => {
  const clockwise = (w: number, s: number, e: number, n: number) => [
    [w, s],
    [w, n],
    [e, n],
    [e, s],
    [w, s],
  ];
  const counterClockwise = (w: number, s: number, e: number, n: number) => [...clockwise(w, s, e, n)].reverse();

  it('puts each hole in the outer ring that holds it', () => {
    const polygon = assemblePolygon([
      clockwise(0, 0, 10, 10),
      clockwise(20, 0, 30, 10),
      counterClockwise(22, 2, 24, 4),
    ]);
    expect(polygon.type).toBe('MultiPolygon');
    expect((polygon.coordinates as number[][][][]).map((rings) => rings.length)).toEqual([1, 2]);
  });

  it('keeps a lone counter-clockwise ring as a polygon rather than dropping it', () => {
    expect(assemblePolygon([counterClockwise(0, 0, 1, 1)])).toEqual({
      type: 'Polygon',
      coordinates: [counterClockwise(0, 0, 1, 1)],
    });
  });
});

describe('parseImportCliArgs', () => {
  it('reads the options and the file', () => {
    expect(
      parseImportCliArgs([
        '--layer',
        'UNIT_GRID',
        '--crs',
        'GCJ02',
        '--dry-run',
        '--code-field',
        'WGBM',
        'grids.geojson',
      ]),
    ).toEqual({
      layer: 'UNIT_GRID',
      crs: 'GCJ02',
      dryRun: true,
      codeField: 'WGBM',
      nameField: null,
      file: 'grids.geojson',
    });
  });

  it('answers with the usage line when something is missing', () => {
    expect(() => parseImportCliArgs(['--layer', 'UNIT_GRID', 'grids.geojson'])).toThrow(/usage: import-layer/);
    expect(() => parseImportCliArgs(['--layer', 'UNIT_GRID', '--crs', 'WGS84'])).toThrow(/usage/);
  });
});
