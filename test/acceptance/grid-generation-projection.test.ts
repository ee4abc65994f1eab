import { type GenerationReport, generateUnitGrids, importLayer, systemClock } from '@gridloop/api';
import { createPrismaClient, type PrismaClient, upsertAreaBoundaries } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { type Box, boxRings, featureCollection, geojsonBytes } from '../src/layer-import/bund-layers.js';

// Grid generation measures in the UTM zone of each street it cuts, wherever the city is: the
// same 10,000 m² target in New York (zone 18N), Sydney (zone 56S) and Shanghai (zone 51N, where
// the result must not change at all).

/** A made-up jurisdiction over a ~2 km box: one district and street, two communities (west, east). */
interface BoxJurisdiction {
  name: string;
  /** 6 digits; the district code, its city is the same with 00 at the end. */
  districtCode: string;
  box: Box;
  /** The metric projection its cells must be laid out in. */
  expectedSrid: number;
}

const newYork: BoxJurisdiction = {
  name: 'Lower Manhattan',
  districtCode: '990401',
  box: [-74.012, 40.7, -73.988, 40.718],
  expectedSrid: 32618,
};
const sydney: BoxJurisdiction = {
  name: 'Sydney CBD',
  districtCode: '990501',
  box: [151.19, -33.88, 151.214, -33.862],
  expectedSrid: 32756,
};
const shanghai: BoxJurisdiction = {
  name: 'People’s Square',
  districtCode: '990301',
  box: [121.47, 31.22, 121.494, 31.238],
  expectedSrid: 32651,
};

const targetAreaM2 = 10_000;
const side = Math.sqrt(targetAreaM2);
const now = new Date('2030-03-01T08:00:00Z');

let database: TestDatabase;
let prisma: PrismaClient;
const reports = new Map<BoxJurisdiction, GenerationReport>();

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient({ databaseUrl: database.url, maxConnections: 2 });
  for (const jurisdiction of [newYork, sydney, shanghai]) {
    reports.set(jurisdiction, await buildAndGenerate(jurisdiction));
  }
});
afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

const streetCodeOf = ({ districtCode }: BoxJurisdiction) => `${districtCode}001`;

/** Loads the jurisdiction through the layer importer and generates its unit grids. */
async function buildAndGenerate(jurisdiction: BoxJurisdiction): Promise<GenerationReport> {
  const { name, districtCode, box } = jurisdiction;
  const [west, south, east, north] = box;
  const middle = (west + east) / 2;
  const streetCode = streetCodeOf(jurisdiction);
  await upsertAreaBoundaries(prisma, [
    {
      code: `${districtCode.slice(0, 4)}00`,
      name: `${name} (test city)`,
      level: 'CITY',
      parentCode: null,
      boundary: { type: 'Polygon', coordinates: boxRings(box) },
      isDerived: false,
    },
  ]);
  const layers = [
    { layer: 'DISTRICT', features: [{ code: districtCode, name: `${name} district`, rings: boxRings(box) }] },
    { layer: 'STREET', features: [{ code: streetCode, name: `${name} street`, rings: boxRings(box) }] },
    {
      layer: 'COMMUNITY',
      features: [
        { code: `${streetCode}001`, name: `${name} west`, rings: boxRings([west, south, middle, north]) },
        { code: `${streetCode}002`, name: `${name} east`, rings: boxRings([middle, south, east, north]) },
      ],
    },
  ];
  for (const { layer, features } of layers) {
    const report = await importLayer({
      prisma,
      clock: systemClock,
      layer,
      crs: 'WGS84',
      file: {
        name: `${districtCode}-${layer.toLowerCase()}.geojson`,
        bytes: geojsonBytes(featureCollection(features)),
      },
      actorId: null,
    });
    if (!report.ok) throw new Error(`the ${layer} layer was refused: ${JSON.stringify(report.errors)}`);
  }
  return generateUnitGrids(prisma, { scopeCode: streetCode, targetAreaM2, actorId: null, withinAreaId: null, now });
}

/** Median area of the jurisdiction's current unit grids on the ellipsoid, m². */
async function medianGeodesicAreaM2(jurisdiction: BoxJurisdiction): Promise<number> {
  const [row] = await prisma.$queryRaw<{ median: number }[]>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ST_Area(geom::geography)) AS median
    FROM unit_grid WHERE retired_at IS NULL AND starts_with(code, ${streetCodeOf(jurisdiction)})`;
  return row?.median ?? 0;
}

interface InteriorCellShape {
  cells: number;
  /** Largest relative deviation of any edge from the side, and of any diagonal from side × √2. */
  worstEdge: number;
  worstDiagonal: number;
  /** Largest distance of a cell centre from the centre of its lattice square in `srid`, m. */
  worstOffLattice: number;
}

/**
 * The shape of the cells no community boundary touches (whole squares, never clipped or merged),
 * measured on the ellipsoid, and how far their centres lie from the lattice of `srid`.
 */
async function interiorCellShape(jurisdiction: BoxJurisdiction, srid: number): Promise<InteriorCellShape> {
  const [row] = await prisma.$queryRaw<InteriorCellShape[]>`
    WITH interior AS (
      SELECT g.geom, ST_ExteriorRing(ST_GeometryN(g.geom, 1)) AS ring
      FROM unit_grid g JOIN area c ON c.id = g.community_id
      WHERE g.retired_at IS NULL AND starts_with(g.code, ${streetCodeOf(jurisdiction)})
        AND ST_NumGeometries(g.geom) = 1 AND NOT ST_Intersects(g.geom, ST_Boundary(c.boundary))
    ), corners AS (
      SELECT geom, ST_NPoints(ring) AS points,
             (SELECT array_agg(ST_PointN(ring, k)::geography ORDER BY k) FROM generate_series(1, 4) AS k) AS p
      FROM interior
    )
    SELECT count(*)::int AS cells,
           max(greatest(abs(ST_Distance(p[1], p[2]) / ${side}::float8 - 1), abs(ST_Distance(p[2], p[3]) / ${side}::float8 - 1),
                        abs(ST_Distance(p[3], p[4]) / ${side}::float8 - 1), abs(ST_Distance(p[4], p[1]) / ${side}::float8 - 1))) AS "worstEdge",
           max(greatest(abs(ST_Distance(p[1], p[3]) / (${side}::float8 * sqrt(2)) - 1),
                        abs(ST_Distance(p[2], p[4]) / (${side}::float8 * sqrt(2)) - 1))) AS "worstDiagonal",
           max(greatest(abs(ST_X(centre.geom) - (floor(ST_X(centre.geom) / ${side}::float8) + 0.5) * ${side}::float8),
                        abs(ST_Y(centre.geom) - (floor(ST_Y(centre.geom) / ${side}::float8) + 0.5) * ${side}::float8))) AS "worstOffLattice"
    FROM corners
    CROSS JOIN LATERAL ST_Centroid(ST_Transform(geom, ${srid}::int)) AS centre(geom)
    WHERE points = 5`;
  return row as InteriorCellShape;
}

describe.each([
  ['New York', newYork],
  ['Sydney', sydney],
  ['Shanghai', shanghai],
])('cells of 10,000 m² in %s', (_, jurisdiction) => {
  it('have a median area on the ellipsoid within 1 % of the target', async () => {
    const median = await medianGeodesicAreaM2(jurisdiction);
    expect(Math.abs(median / targetAreaM2 - 1)).toBeLessThan(0.01);
  });

  it('are squares of the target side on the lattice of the local UTM zone', async () => {
    const shape = await interiorCellShape(jurisdiction, jurisdiction.expectedSrid);
    // the box is ~2 km across: hundreds of whole cells inside the two communities
    expect(shape.cells).toBeGreaterThan(300);
    expect(shape.worstEdge).toBeLessThan(0.005);
    expect(shape.worstDiagonal).toBeLessThan(0.005);
    expect(shape.worstOffLattice).toBeLessThan(0.01);
  });
});

describe('Shanghai, in zone 51N as before', () => {
  it('gets the same grids, codes and beats as before projections were chosen per street', async () => {
    const report = reports.get(shanghai);
    // recorded with the generator that cut every city in EPSG:32651: each whole cell's code and
    // its lattice square (i, j), hashed in code order
    const [row] = await prisma.$queryRaw<{ digest: string }[]>`
      SELECT md5(string_agg(g.code || ':' || floor(ST_X(centre.geom) / ${side}::float8) || ',' || floor(ST_Y(centre.geom) / ${side}::float8), ' ' ORDER BY g.code)) AS digest
      FROM unit_grid g JOIN area c ON c.id = g.community_id
      CROSS JOIN LATERAL ST_Centroid(ST_Transform(g.geom, 32651)) AS centre(geom)
      WHERE g.retired_at IS NULL AND starts_with(g.code, ${streetCodeOf(shanghai)})
        AND NOT ST_Intersects(g.geom, ST_Boundary(c.boundary))`;
    expect(row?.digest).toBe('77561b7c9bf09db7743f0fb9a9b459f2');
    expect(report).toMatchObject({ unitGrids: 473, responsibilityGrids: 24, sliversMerged: 52 });
  });
});
