import type { MapLayerName, TileAddress } from '@gridloop/prisma';
import { createLruMap } from '../../lru-map.js';
import type { GzipMemo } from './compress-body.js';

/**
 * A rendered tile kept for reuse, with the layer version it was rendered from; as a GzipMemo it
 * keeps its gzip copy, made on the first request that asks for one.
 */
export interface CachedTile extends GzipMemo {
  version: number;
  bytes: Uint8Array;
}

/** Rendered tiles by layer and address, least recently used first out. */
export interface TileCache {
  /** The tile, when one of exactly this version is held. */
  get(layer: MapLayerName, address: TileAddress, version: number): CachedTile | undefined;
  /** Keeps the tile (replacing any older version of it) and returns the entry to send. */
  put(layer: MapLayerName, address: TileAddress, tile: { version: number; bytes: Uint8Array }): CachedTile;
  /** Raw bytes held, with the per-entry allowance; at most `maxBytes`. */
  readonly bytes: number;
  readonly size: number;
}

/** What an entry costs besides its bytes (key, object, map slot): empty tiles over the sea count too. */
const entryOverheadBytes = 200;

/**
 * A bounded in-memory tile cache. `maxBytes` counts raw tile bytes plus a small allowance per
 * entry; gzip copies, several times smaller than the tiles, come on top. A tile larger than the
 * whole budget is not kept.
 */
export function createTileCache({ maxBytes }: { maxBytes: number }): TileCache {
  const entries = createLruMap<string, CachedTile>({
    maxCost: maxBytes,
    costOf: (tile) => tile.bytes.length + entryOverheadBytes,
  });
  const keyOf = (layer: MapLayerName, { z, x, y }: TileAddress) => `${layer}/${z}/${x}/${y}`;
  return {
    get(layer, address, version) {
      const entry = entries.get(keyOf(layer, address));
      return entry?.version === version ? entry : undefined;
    },
    put(layer, address, tile) {
      const entry: CachedTile = { version: tile.version, bytes: tile.bytes };
      entries.set(keyOf(layer, address), entry);
      return entry;
    },
    get bytes() {
      return entries.cost;
    },
    get size() {
      return entries.size;
    },
  };
}
