import { DomainError, readLayerFile } from '@gridloop/api';
import { describe, expect, it } from 'vitest';
import { encodeGbk } from './encode-gbk.js';
import { wgs84Prj, writePolygonShapefile } from './write-polygon-shapefile.js';
import { writeZip } from './write-zip.js';
import { zippedShapefile } from './zipped-shapefile.js';

// The importer's own ZIP, .shp and .dbf readers against the fixture writers, without a database.

const limits = { maxBytes: 1e7, maxFeatures: 100, maxUnzippedBytes: 1e7, maxListedProblems: 10 };
const square = (w: number, s: number, size = 1) => [
  [
    [w, s],
    [w + size, s],
    [w + size, s + size],
    [w, s + size],
    [w, s],
  ],
];
const fields = [
  { name: '编码', length: 15 },
  { name: '名称', length: 20 },
];

function codeOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    return DomainError.is(error) ? error.code : String(error);
  }
}

describe('reading zipped shapefiles', () => {
  it('reads multi-part polygons, null shapes and GBK attributes in record order', () => {
    const zip = zippedShapefile(
      [
        {
          polygons: [square(121, 31), square(121.5, 31.5, 0.25)],
          attributes: { 编码: '310101002001001', 名称: '两块' },
        },
        { polygons: null, attributes: { 编码: '310101002001002', 名称: '空' } },
      ],
      { fields, encode: encodeGbk },
    );
    const layer = readLayerFile(zip, limits);
    expect(layer).toMatchObject({ format: 'SHAPEFILE', featureCount: 2, problems: [] });
    expect(layer.features[0]?.properties).toEqual({ 编码: '310101002001001', 名称: '两块' });
    expect(layer.features[0]?.geometry).toMatchObject({ type: 'MultiPolygon' });
    expect((layer.features[0]?.geometry as { coordinates: unknown[] } | undefined)?.coordinates).toHaveLength(2);
    expect(layer.features[1]).toMatchObject({ index: 1, geometry: null });
  });

  it('refuses an archive with two layers, a point shapefile, and mismatched parts', () => {
    const parts = writePolygonShapefile([{ polygons: [square(121, 31)], attributes: { 编码: '1' } }], {
      fields,
      encode: encodeGbk,
    });
    const prj = new TextEncoder().encode(wgs84Prj);
    const layerFiles = (base: string, shp = parts.shp, dbf = parts.dbf) => [
      { name: `${base}.shp`, bytes: shp },
      { name: `${base}.dbf`, bytes: dbf },
      { name: `${base}.prj`, bytes: prj },
    ];
    expect(codeOf(() => readLayerFile(writeZip([...layerFiles('a'), ...layerFiles('b')]), limits))).toBe(
      'INVALID_FILE',
    );
    const points = parts.shp.slice();
    new DataView(points.buffer).setInt32(32, 1, true);
    expect(() => readLayerFile(writeZip(layerFiles('a', points)), limits)).toThrow(/Point shapes/);
    const twoRecords = writePolygonShapefile(
      [0, 1].map(() => ({ polygons: [square(121, 31)], attributes: {} })),
      { fields, encode: encodeGbk },
    );
    expect(() => readLayerFile(writeZip(layerFiles('a', twoRecords.shp)), limits)).toThrow(
      /2 shapes but the \.dbf 1 records/,
    );
  });

  it('refuses a shapefile with more records than allowed', () => {
    const many = Array.from({ length: 5 }, () => ({ polygons: [square(121, 31)], attributes: {} }));
    expect(
      codeOf(() => readLayerFile(zippedShapefile(many, { fields, encode: encodeGbk }), { ...limits, maxFeatures: 4 })),
    ).toBe('PAYLOAD_TOO_LARGE');
    expect(
      codeOf(() =>
        readLayerFile(zippedShapefile(many, { fields, encode: encodeGbk }), { ...limits, maxUnzippedBytes: 100 }),
      ),
    ).toBe('PAYLOAD_TOO_LARGE');
  });
});
