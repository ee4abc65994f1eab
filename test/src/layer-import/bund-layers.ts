import { type ImportReport, importLayer, systemClock } from '@gridloop/api';
import { type PrismaClient, upsertAreaBoundaries } from '@gridloop/prisma';

/** [west, south, east, north] in WGS84 degrees. */
export type Box = readonly [number, number, number, number];

/** A Polygon's coordinates for a box, counter-clockwise as RFC 7946 wants. */
export function boxRings([west, south, east, north]: Box): number[][][] {
  return [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
}

export interface FixtureFeature {
  code: string;
  name?: string;
  /** Polygon coordinates, or a whole geometry when `geometry` is given. */
  rings?: number[][][];
  geometry?: unknown;
}

export function featureCollection(features: readonly FixtureFeature[]): {
  type: 'FeatureCollection';
  features: unknown[];
} {
  return {
    type: 'FeatureCollection',
    features: features.map(({ code, name, rings, geometry }) => ({
      type: 'Feature',
      properties: { code, ...(name ? { name } : {}) },
      geometry: geometry === undefined ? { type: 'Polygon', coordinates: rings } : geometry,
    })),
  };
}

export function geojsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/**
 * A small made-up hierarchy on real codes near the Bund (黄浦区): the district is a 0.008° × 0.004°
 * box (~760 m × 440 m) split into two streets, the west street into two communities. Boundaries
 * are invented (no official ones are public); codes and names are the real 2023 ones.
 *
 *   31.234 ┌─────────────────┬─────────────────┐
 *          │ 310101002002    │                 │
 *   31.232 ├─ 龙泉园路 ────────┤ 310101013001    │
 *          │ 310101002001    │ 汉口路 (外滩街道) │
 *   31.230 └─ 云南中路 ────────┴─────────────────┘
 *       121.480          121.484           121.488
 */
export const bund = {
  district: { code: '310101', name: '黄浦区', box: [121.48, 31.23, 121.488, 31.234] as Box },
  streets: [
    { code: '310101002', name: '南京东路街道', box: [121.48, 31.23, 121.484, 31.234] as Box },
    { code: '310101013', name: '外滩街道', box: [121.484, 31.23, 121.488, 31.234] as Box },
  ],
  communities: [
    { code: '310101002001', name: '云南中路居委会', box: [121.48, 31.23, 121.484, 31.232] as Box },
    { code: '310101002002', name: '龙泉园路居委会', box: [121.48, 31.232, 121.484, 31.234] as Box },
    { code: '310101013001', name: '汉口路居委会', box: [121.484, 31.23, 121.488, 31.234] as Box },
  ],
};

/**
 * Unit grids tiling a box in `columns` × `rows` cells, coded in reading order (west→east,
 * north→south) as the community code + a 3-digit sequence.
 */
export function gridLattice(
  communityCode: string,
  [west, south, east, north]: Box,
  columns: number,
  rows: number,
): FixtureFeature[] {
  // Edges are computed once per index, so neighbours share them exactly, as in a real layer.
  const xs = Array.from({ length: columns + 1 }, (_, c) =>
    c === columns ? east : west + (c * (east - west)) / columns,
  );
  const ys = Array.from({ length: rows + 1 }, (_, r) => (r === rows ? south : north - (r * (north - south)) / rows));
  const cells: FixtureFeature[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const sequence = String(row * columns + column + 1).padStart(3, '0');
      const box: Box = [xs[column] ?? west, ys[row + 1] ?? south, xs[column + 1] ?? east, ys[row] ?? north];
      cells.push({ code: `${communityCode}${sequence}`, rings: boxRings(box) });
    }
  }
  return cells;
}

/**
 * Loads the hierarchy through the importer itself (DISTRICT, STREET, COMMUNITY layers), after
 * writing the city row whose boundary is the district's box. Returns the three reports.
 */
export async function importBundAreas(prisma: PrismaClient): Promise<ImportReport[]> {
  await upsertAreaBoundaries(prisma, [
    {
      code: '310100',
      name: '上海市',
      level: 'CITY',
      parentCode: null,
      boundary: { type: 'Polygon', coordinates: boxRings(bund.district.box) },
      isDerived: false,
    },
  ]);
  const layers = [
    { layer: 'DISTRICT', features: [{ ...bund.district, rings: boxRings(bund.district.box) }] },
    { layer: 'STREET', features: bund.streets.map((street) => ({ ...street, rings: boxRings(street.box) })) },
    {
      layer: 'COMMUNITY',
      features: bund.communities.map((community) => ({ ...community, rings: boxRings(community.box) })),
    },
  ];
  const reports: ImportReport[] = [];
  for (const { layer, features } of layers) {
    const bytes = geojsonBytes(featureCollection(features));
    reports.push(
      await importLayer({
        prisma,
        clock: systemClock,
        layer,
        crs: 'WGS84',
        file: { name: `${layer}.geojson`, bytes },
        actorId: null,
      }),
    );
  }
  return reports;
}
