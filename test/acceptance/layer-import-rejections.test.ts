import { DomainError, type ImportReport, importLayer, systemClock } from '@gridloop/api';
import { createPrismaClient, type PrismaClient } from '@gridloop/prisma';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import {
  boxRings,
  bund,
  type FixtureFeature,
  featureCollection,
  geojsonBytes,
  gridLattice,
  importBundAreas,
} from '../src/layer-import/bund-layers.js';
import { type ImportUnitGridsOptions, importUnitGrids } from '../src/layer-import/import-unit-grids.js';
import { countLayerRows, type LayerRowCounts } from '../src/layer-import/layer-row-counts.js';

// Bad input gets a clear, coded error (the whole file) or a per-feature report, and changes nothing.

let database: TestDatabase;
let prisma: PrismaClient;
let before: LayerRowCounts;
const [yunnan, longquan] = bund.communities as [(typeof bund.communities)[number], (typeof bund.communities)[number]];
/** The 8 grids of 龙泉园路居委会 in reading order: 0-3 the north row, 4-7 the south row (west→east). */
const validGrids = () => gridLattice(longquan.code, longquan.box, 4, 2);
const cell = 0.001;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient({ databaseUrl: database.url, maxConnections: 3 });
  await importBundAreas(prisma);
  // the neighbouring community already has its grids, so overlaps with current rows can be seen
  const report = await importGrids(featureCollection(gridLattice(yunnan.code, yunnan.box, 4, 2)));
  expect(report.ok).toBe(true);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});
beforeEach(async () => {
  before = await countLayerRows(prisma);
});

function importGrids(file: unknown, options: ImportUnitGridsOptions = {}): Promise<ImportReport> {
  const bytes = file instanceof Uint8Array ? file : geojsonBytes(file);
  return importUnitGrids(prisma, bytes, { name: 'bad.geojson', ...options });
}

function withFeature(index: number, change: (feature: FixtureFeature) => FixtureFeature): FixtureFeature[] {
  return validGrids().map((feature, i) => (i === index ? change(feature) : feature));
}

const stretched = (feature: FixtureFeature, [dWest, dSouth, dEast, dNorth]: number[]): FixtureFeature => {
  const [[west, south], , [east, north]] = (feature.rings ?? [])[0] as [[number, number], unknown, [number, number]];
  return {
    ...feature,
    rings: boxRings([west - (dWest ?? 0), south - (dSouth ?? 0), east + (dEast ?? 0), north + (dNorth ?? 0)]),
  };
};

describe('a bad feature is reported with its index and code, and nothing is written', () => {
  const cases: [string, FixtureFeature[], { featureIndex: number; problem: string; message?: RegExp }][] = [
    [
      'mixed geometry types',
      withFeature(3, (f) => ({
        ...f,
        geometry: {
          type: 'LineString',
          coordinates: [
            [121.48, 31.23],
            [121.49, 31.24],
          ],
        },
      })),
      { featureIndex: 3, problem: 'WRONG_GEOMETRY_TYPE', message: /LineString/ },
    ],
    ['no geometry', withFeature(3, (f) => ({ ...f, geometry: null })), { featureIndex: 3, problem: 'EMPTY_GEOMETRY' }],
    ['an empty polygon', withFeature(5, (f) => ({ ...f, rings: [] })), { featureIndex: 5, problem: 'EMPTY_GEOMETRY' }],
    [
      '3D coordinates',
      withFeature(3, (f) => ({ ...f, rings: f.rings?.map((ring) => ring.map(([x = 0, y = 0]) => [x, y, 12])) })),
      { featureIndex: 3, problem: 'NOT_2D' },
    ],
    [
      'projected coordinates',
      withFeature(2, (f) => ({ ...f, rings: boxRings([350_000, 3_456_000, 350_100, 3_456_100]) })),
      { featureIndex: 2, problem: 'NOT_LNG_LAT', message: /projected/ },
    ],
    [
      'an unclosed ring',
      withFeature(1, (f) => ({ ...f, rings: f.rings?.map((ring) => ring.slice(0, -1).concat([[121.4805, 31.2335]])) })),
      { featureIndex: 1, problem: 'MALFORMED_GEOMETRY', message: /not closed/ },
    ],
    [
      'a self-intersection (bow tie)',
      withFeature(3, (f) => ({
        ...f,
        rings: [
          [
            [121.483, 31.233],
            [121.484, 31.234],
            [121.484, 31.233],
            [121.483, 31.234],
            [121.483, 31.233],
          ],
        ],
      })),
      { featureIndex: 3, problem: 'INVALID_GEOMETRY', message: /Self-intersection/ },
    ],
    [
      'a code of the wrong length',
      withFeature(3, (f) => ({ ...f, code: '31010100200200' })),
      { featureIndex: 3, problem: 'BAD_CODE', message: /15 digits/ },
    ],
    [
      'a community code in a grid layer',
      withFeature(3, (f) => ({ ...f, code: longquan.code })),
      { featureIndex: 3, problem: 'BAD_CODE' },
    ],
    [
      'a code whose community does not exist',
      withFeature(3, (f) => ({ ...f, code: '310101002009001' })),
      { featureIndex: 3, problem: 'PARENT_MISSING', message: /310101002009/ },
    ],
    [
      'a code of another community than the one it lies in',
      withFeature(3, (f) => ({ ...f, code: `${yunnan.code}009` })),
      { featureIndex: 3, problem: 'PARENT_MISMATCH', message: new RegExp(longquan.code) },
    ],
    [
      'a duplicate code',
      withFeature(3, (f) => ({ ...f, code: `${longquan.code}003` })),
      { featureIndex: 3, problem: 'DUPLICATE_CODE', message: /2, 3/ },
    ],
    [
      'a grid reaching outside its community',
      withFeature(3, (f) => stretched(f, [0, 0, 0, cell / 2])),
      { featureIndex: 3, problem: 'OUTSIDE_PARENT' },
    ],
    [
      'two grids overlapping',
      withFeature(3, (f) => stretched(f, [cell / 2, 0, 0, 0])),
      { featureIndex: 2, problem: 'OVERLAP', message: new RegExp(`${longquan.code}003 overlaps ${longquan.code}004`) },
    ],
    [
      'a grid overlapping a current grid of the next community',
      withFeature(4, (f) => stretched(f, [0, cell / 2, 0, 0])),
      { featureIndex: 4, problem: 'OVERLAP', message: new RegExp(`the current ${yunnan.code}001`) },
    ],
  ];

  it.each(cases)('%s', async (_name, features, expected) => {
    const report = await importGrids(featureCollection(features));
    expect(report.ok).toBe(false);
    expect(report.errors).toContainEqual(
      expect.objectContaining({ featureIndex: expected.featureIndex, problem: expected.problem }),
    );
    const problem = report.errors.find(
      (error) => error.featureIndex === expected.featureIndex && error.problem === expected.problem,
    );
    if (expected.message) expect(problem?.message).toMatch(expected.message);
    expect(report.summary).toContainEqual(expect.objectContaining({ problem: expected.problem }));
    expect(await countLayerRows(prisma)).toEqual(before);
  });

  it('reports a gap in the tiling with the parent and a point inside it', async () => {
    const report = await importGrids(featureCollection(validGrids().filter((_, i) => i !== 6)));
    expect(report).toMatchObject({ ok: false, errorCount: 0, gapCount: 1 });
    const [gap] = report.gaps;
    expect(gap).toMatchObject({ parentCode: longquan.code, parentName: longquan.name });
    expect(gap?.uncoveredRatio).toBeCloseTo(1 / 8, 2);
    // the missing grid is the south row's third cell: 121.482-121.483, 31.232-31.233
    expect(gap?.location?.[0]).toBeGreaterThan(121.482);
    expect(gap?.location?.[0]).toBeLessThan(121.483);
    expect(report.summary).toEqual([{ problem: 'GAP', count: 1 }]);
    expect(await countLayerRows(prisma)).toEqual(before);
  });

  it('lists a limited number of problems for a broken file, with the full count', async () => {
    const broken = Array.from({ length: 30 }, (_, i) => ({
      code: `bad-${i}`,
      rings: boxRings([121.48, 31.232, 121.481, 31.233]),
    }));
    const report = await importGrids(featureCollection(broken), { limits: { maxListedProblems: 10 } });
    expect(report).toMatchObject({ ok: false, featureCount: 30, errorCount: 30, listLimit: 10 });
    expect(report.errors.map((error) => error.featureIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(report.summary).toEqual([{ problem: 'BAD_CODE', count: 30 }]);
  });

  it('checks an area layer against its level: a district code in a street layer', async () => {
    const report = await importLayer({
      prisma,
      clock: systemClock,
      layer: 'STREET',
      crs: 'WGS84',
      file: {
        name: 'streets.geojson',
        bytes: geojsonBytes(featureCollection([{ code: '310101', rings: boxRings(bund.district.box) }])),
      },
      actorId: null,
    });
    expect(report.errors).toEqual([expect.objectContaining({ featureIndex: 0, code: '310101', problem: 'BAD_CODE' })]);
    expect(await countLayerRows(prisma)).toEqual(before);
  });
});

describe('a bad file is refused as a whole with a coded error, and nothing is written', () => {
  const grids = () => featureCollection(validGrids());
  const cases: [string, () => Promise<unknown>, string][] = [
    [
      'malformed JSON',
      () => importGrids(new TextEncoder().encode('{"type": "FeatureCollection", "features": [')),
      'INVALID_FILE',
    ],
    [
      'a Feature instead of a FeatureCollection',
      () => importGrids(featureCollection(validGrids()).features[0]),
      'INVALID_FILE',
    ],
    ['a file with no features', () => importGrids(featureCollection([])), 'INVALID_FILE'],
    ['an unknown declared CRS', () => importGrids(grids(), { crs: 'BD09' }), 'UNSUPPORTED_CRS'],
    [
      'a GeoJSON crs other than WGS84',
      () => importGrids({ ...grids(), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } }),
      'UNSUPPORTED_CRS',
    ],
    ['an oversized upload', () => importGrids(grids(), { limits: { maxBytes: 1024 } }), 'PAYLOAD_TOO_LARGE'],
    ['too many features', () => importGrids(grids(), { limits: { maxFeatures: 5 } }), 'PAYLOAD_TOO_LARGE'],
    ['an unknown layer', () => importGrids(grids(), { layer: 'PARCEL' }), 'BAD_REQUEST'],
  ];

  it.each(cases)('%s', async (_name, run, code) => {
    const error = await run().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(DomainError.is(error)).toBe(true);
    expect(error).toMatchObject({ code });
    expect(await countLayerRows(prisma)).toEqual(before);
  });

  it('refuses a second writer of the same layer while one holds it (IMPORT_IN_PROGRESS)', async () => {
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('gridloop:layer-write'), hashtext('UNIT_GRID'))`);
      await expect(importGrids(featureCollection(validGrids()))).rejects.toMatchObject({ code: 'IMPORT_IN_PROGRESS' });
      // a dry run writes nothing and does not wait for the writer
      await expect(importGrids(featureCollection(validGrids()), { dryRun: true })).resolves.toMatchObject({ ok: true });
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }
    expect(await countLayerRows(prisma)).toEqual(before);
  });
});
