import type { MapLayerName, TileAddress } from '@gridloop/prisma';

/**
 * Bump when the tile SQL changes what a tile contains (attributes, simplification, zooms), so
 * caches holding tiles of the old shape revalidate to new ones even though no layer changed.
 */
const tileFormat = 't1';

/**
 * A tile's ETag: the tile format, the layer, the layer's version (its newest layer_import id,
 * which every re-import raises) and the tile address. Weak (W/), because the same tile is sent
 * gzip-compressed or not, and those are different bytes.
 *
 * @example tileEtag('grid', 42, { z: 12, x: 3430, y: 1673 }) // 'W/"t1-grid-42-12-3430-1673"'
 */
export function tileEtag(layer: MapLayerName, version: number, { z, x, y }: TileAddress): string {
  return `W/"${tileFormat}-${layer}-${version}-${z}-${x}-${y}"`;
}

/**
 * The layer version a client already holds for this very tile, read from its If-None-Match
 * (a list of ETags, weak or strong); null when none of them is this tile's in the current format.
 *
 * @example knownTileVersion('W/"t1-grid-42-12-3430-1673"', 'grid', { z: 12, x: 3430, y: 1673 }) // 42
 */
export function knownTileVersion(
  ifNoneMatch: string | undefined,
  layer: MapLayerName,
  { z, x, y }: TileAddress,
): number | null {
  if (!ifNoneMatch) return null;
  const pattern = new RegExp(`^(?:W/)?"${tileFormat}-${layer}-(\\d{1,10})-${z}-${x}-${y}"$`);
  for (const tag of ifNoneMatch.split(',')) {
    const version = pattern.exec(tag.trim())?.[1];
    if (version !== undefined) return Number(version);
  }
  return null;
}
