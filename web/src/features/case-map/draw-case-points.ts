import { clusterRadius, formatCount, LIGHT_COLOURS, POINT_RADIUS, worstLight } from './case-point-style';
import type { CaseCluster, CasePoint } from './fetch-case-points';

/** Something drawn, where (canvas CSS pixels), for hit-testing clicks. */
export type DrawnItem =
  | { kind: 'cluster'; x: number; y: number; radius: number; cluster: CaseCluster }
  | { kind: 'point'; x: number; y: number; radius: number; point: CasePoint };

/**
 * Paints placed items in their order onto a canvas whose backing store is `pixelRatio` times its
 * CSS size: one canvas for thousands of bubbles, where DOM markers would stutter.
 */
export function drawCasePoints(
  context: CanvasRenderingContext2D,
  items: readonly DrawnItem[],
  selectedId: string | null,
  pixelRatio: number,
): void {
  context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.lineWidth = 2;
  context.strokeStyle = '#ffffff';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const item of items) {
    const colour = LIGHT_COLOURS[item.kind === 'cluster' ? worstLight(item.cluster) : (item.point.light ?? 'NONE')];
    context.beginPath();
    context.arc(item.x, item.y, item.radius, 0, 2 * Math.PI);
    context.fillStyle = colour;
    context.globalAlpha = item.kind === 'cluster' ? 0.9 : 1;
    context.fill();
    context.globalAlpha = 1;
    context.stroke();
    if (item.kind === 'cluster') {
      context.fillStyle = '#ffffff';
      context.font = `600 ${item.radius > 16 ? 12 : 11}px system-ui, sans-serif`;
      context.fillText(formatCount(item.cluster.count), item.x, item.y + 0.5);
    } else if (item.point.id === selectedId) {
      context.beginPath();
      context.arc(item.x, item.y, item.radius + 4, 0, 2 * Math.PI);
      context.strokeStyle = '#1d4ed8';
      context.lineWidth = 3;
      context.stroke();
      context.strokeStyle = '#ffffff';
      context.lineWidth = 2;
    }
  }
}

/** Points and clusters placed on the canvas, in drawing order (points, then clusters small to large). */
export function placeCasePoints(
  clusters: readonly CaseCluster[],
  points: readonly CasePoint[],
  project: (lng: number, lat: number) => { x: number; y: number },
): DrawnItem[] {
  const placed: DrawnItem[] = points.map((point) => ({
    kind: 'point',
    ...project(point.lng, point.lat),
    radius: POINT_RADIUS,
    point,
  }));
  const bySize = [...clusters].sort((a, b) => a.count - b.count);
  for (const cluster of bySize) {
    placed.push({
      kind: 'cluster',
      ...project(cluster.lng, cluster.lat),
      radius: clusterRadius(cluster.count),
      cluster,
    });
  }
  return placed;
}

/** The topmost item under a canvas pixel, with a few pixels of slack for fingers. */
export function itemAt(items: readonly DrawnItem[], x: number, y: number): DrawnItem | undefined {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index] as DrawnItem;
    if ((item.x - x) ** 2 + (item.y - y) ** 2 <= (item.radius + 3) ** 2) return item;
  }
  return undefined;
}
