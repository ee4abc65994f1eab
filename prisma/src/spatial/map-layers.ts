import { Prisma } from '../generated/prisma/client.js';
import type { LayerKind } from '../generated/prisma/enums.js';

/**
 * The area layers the map serves, by the name they carry in URLs and in vector tiles.
 * `grid` is the unit-grid layer (单元网格), `responsibility` the officers' beats (责任网格).
 */
export const mapLayerNames = ['district', 'street', 'community', 'grid', 'responsibility'] as const;
export type MapLayerName = (typeof mapLayerNames)[number];

export function isMapLayerName(value: string): value is MapLayerName {
  return (mapLayerNames as readonly string[]).includes(value);
}

export interface MapLayer {
  name: MapLayerName;
  /** The layer_import kind whose newest id versions this layer (tile caches key on it). */
  kind: LayerKind;
  /**
   * Below this zoom the layer's features are smaller than a few pixels (or there are too many to
   * draw), so tiles answer empty without touching the tables. Unit grids (~35,000 m², ~190 m
   * across) are ~6 px wide at z12 in Shanghai, the first zoom where the mesh reads as cells.
   */
  minZoom: number;
}

export const mapLayers: Record<MapLayerName, MapLayer> = {
  district: { name: 'district', kind: 'DISTRICT', minZoom: 0 },
  street: { name: 'street', kind: 'STREET', minZoom: 8 },
  community: { name: 'community', kind: 'COMMUNITY', minZoom: 10 },
  responsibility: { name: 'responsibility', kind: 'RESPONSIBILITY_GRID', minZoom: 11 },
  grid: { name: 'grid', kind: 'UNIT_GRID', minZoom: 12 },
};

/** Which stored geometry a query reads: WGS84 for GeoJSON, the generated Web Mercator copy for tiles. */
export type LayerProjection = 4326 | 3857;

/**
 * The current features of a layer as rows `(code, name, is_derived, level, geom)`, for use as a
 * subquery. Simple enough for PostgreSQL to pull up, so a `geom && box` filter written around it
 * reaches the GiST indexes (the partial `*_3857` ones need the literal `retired_at IS NULL` here).
 * Table and column names come from this fixed list, never from input.
 */
export function currentFeaturesOf(layer: MapLayerName, projection: LayerProjection): Prisma.Sql {
  const suffix = projection === 3857 ? '_3857' : '';
  switch (layer) {
    case 'district':
    case 'street':
    case 'community':
      return Prisma.sql`
        SELECT a.code, a.name, a.is_derived, a.level::text AS level, ${Prisma.raw(`a.boundary${suffix}`)} AS geom
        FROM area a
        WHERE a.level = ${Prisma.raw(`'${layer.toUpperCase()}'`)} AND a.boundary IS NOT NULL`;
    case 'grid':
      return Prisma.sql`
        SELECT g.code, g.name, g.is_derived, 'UNIT_GRID' AS level, ${Prisma.raw(`g.geom${suffix}`)} AS geom
        FROM unit_grid g
        WHERE g.retired_at IS NULL`;
    case 'responsibility':
      return Prisma.sql`
        SELECT r.code, r.name, r.is_derived, 'RESPONSIBILITY_GRID' AS level, ${Prisma.raw(`r.geom${suffix}`)} AS geom
        FROM responsibility_grid r
        WHERE r.retired_at IS NULL`;
  }
}
