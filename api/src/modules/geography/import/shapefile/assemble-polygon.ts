type Ring = number[][];

/**
 * Turns a shapefile polygon's rings into a GeoJSON Polygon or MultiPolygon. The shapefile
 * convention: outer rings run clockwise, holes counter-clockwise, in any order. Each hole goes to
 * the smallest outer ring that contains its first vertex; a "hole" inside no outer ring is kept as
 * an outer ring (some writers get the orientation wrong), so no part is ever dropped.
 * Vertex order is kept as written; PostGIS does not depend on it.
 */
export function assemblePolygon(rings: Ring[]): { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] } {
  const outers: { ring: Ring; area: number; holes: Ring[] }[] = [];
  const holes: Ring[] = [];
  for (const ring of rings) {
    const signed = signedArea(ring);
    if (signed <= 0) outers.push({ ring, area: -signed, holes: [] });
    else holes.push(ring);
  }
  for (const hole of holes) {
    const first = hole[0] ?? [];
    const owner = outers
      .filter((outer) => containsPoint(outer.ring, first[0] ?? Number.NaN, first[1] ?? Number.NaN))
      .sort((a, b) => a.area - b.area)[0];
    if (owner) owner.holes.push(hole);
    else outers.push({ ring: hole, area: signedArea(hole), holes: [] });
  }
  const polygons = outers.map((outer) => [outer.ring, ...outer.holes]);
  if (polygons.length === 1 && polygons[0]) return { type: 'Polygon', coordinates: polygons[0] };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Shoelace area: positive for counter-clockwise rings, negative for clockwise ones. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Even-odd ray casting. */
function containsPoint(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
