/**
 * The size to draw a photo at so its long edge is at most `maxEdge`, keeping its proportions; a
 * photo already small enough keeps its size (never enlarged).
 *
 * @example fitWithin(4032, 3024, 1600) // { width: 1600, height: 1200 }
 * @example fitWithin(800, 600, 1600) // { width: 800, height: 600 }
 */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const longEdge = Math.max(width, height);
  if (longEdge <= maxEdge) return { width, height };
  const scale = maxEdge / longEdge;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
