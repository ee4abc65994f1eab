import { Prisma } from '../../generated/prisma/client.js';
import type { LayerKind } from '../../generated/prisma/enums.js';
import type { AreaTolerance } from './area-tolerance.js';
import { remainingLayerRows } from './remaining-layer-rows.js';
import type { ImportSql } from './staging-table.js';

export interface OverlapRow {
  featureIndex: number;
  code: string;
  /** The other feature of the file, or null when the other shape is a current row of the layer. */
  otherFeatureIndex: number | null;
  otherCode: string;
  overlapM2: number;
}

/** Overlapping partners listed per feature: enough to act on, and bounded for a file of duplicates. */
const PARTNERS_PER_FEATURE = 5;

/**
 * Square metres of the overlap of the bounding boxes of `a` and `b`: an upper bound of the shapes'
 * overlap that costs no geometry operation (bounding boxes are stored with the shapes). Neighbours
 * that only share an edge, even one a rounding error apart, have ~0 here and are skipped before
 * GEOS is asked anything. Square degrees become m² with the longest degree of latitude and the
 * cosine of the latitude nearest the equator, so the bound never falls short.
 */
function boxOverlapM2(a: string, b: string): Prisma.Sql {
  const [ga, gb] = [Prisma.raw(a), Prisma.raw(b)];
  return Prisma.sql`(greatest(0, least(ST_XMax(${ga}), ST_XMax(${gb})) - greatest(ST_XMin(${ga}), ST_XMin(${gb})))
    * greatest(0, least(ST_YMax(${ga}), ST_YMax(${gb})) - greatest(ST_YMin(${ga}), ST_YMin(${gb})))
    * 111319.5 * 111694.0 * cos(radians(least(abs(ST_YMin(${ga})), abs(ST_YMax(${ga}))))))`;
}

/**
 * Pairs of shapes whose interiors overlap by more than the tolerance (of the smaller shape's
 * area): first between valid features of the file (each pair once), then between a feature and
 * the current, official rows of the layer that stay. Derived rows (demo data) yield to official
 * ones, so they are not compared. Shapes that only share edges or corners do not overlap.
 */
export async function findOverlaps(sql: ImportSql, layer: LayerKind, tolerance: AreaTolerance): Promise<OverlapRow[]> {
  const threshold = (areaA: string, areaB: string) =>
    Prisma.sql`greatest(${tolerance.m2}::float8, ${tolerance.ratio}::float8 * least(${Prisma.raw(areaA)}, ${Prisma.raw(areaB)}))`;
  const withinFile = await sql.$queryRaw<OverlapRow[]>`
    SELECT a.feature_index AS "featureIndex", a.code, b.feature_index AS "otherFeatureIndex",
           b.code AS "otherCode", b.overlap_m2 AS "overlapM2"
    FROM import_feature a
    CROSS JOIN LATERAL (
      SELECT b.feature_index, b.code, b.area_m2, ST_Area(ST_Intersection(a.geom, b.geom)::geography) AS overlap_m2
      FROM import_feature b
      WHERE b.geom && a.geom AND b.feature_index > a.feature_index AND b.invalid_reason IS NULL
        AND ${boxOverlapM2('a.geom', 'b.geom')} > ${threshold('a.area_m2', 'b.area_m2')}
        AND ST_Relate(a.geom, b.geom, 'T********')
      LIMIT ${PARTNERS_PER_FEATURE}
    ) b
    WHERE a.invalid_reason IS NULL AND b.overlap_m2 > ${threshold('a.area_m2', 'b.area_m2')}
    ORDER BY a.feature_index, b.feature_index`;
  const withLayer = await sql.$queryRaw<OverlapRow[]>`
    SELECT a.feature_index AS "featureIndex", a.code, NULL::integer AS "otherFeatureIndex",
           e.code AS "otherCode", e.overlap_m2 AS "overlapM2"
    FROM import_feature a
    CROSS JOIN LATERAL (
      SELECT r.code, ST_Area(ST_Intersection(a.geom, r.geom)::geography) AS overlap_m2, ST_Area(r.geom::geography) AS area_m2
      FROM (${remainingLayerRows(layer, Prisma.sql`a.geom`)}) r
      WHERE NOT r.is_derived
        AND ${boxOverlapM2('a.geom', 'r.geom')} > ${tolerance.m2}::float8
        AND ST_Relate(a.geom, r.geom, 'T********')
      LIMIT ${PARTNERS_PER_FEATURE}
    ) e
    WHERE a.invalid_reason IS NULL AND e.overlap_m2 > ${threshold('a.area_m2', 'e.area_m2')}
    ORDER BY a.feature_index, e.code`;
  return [...withinFile, ...withLayer];
}
