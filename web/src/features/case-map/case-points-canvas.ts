import { DomUtil, Layer, type Map as LeafletMap, type LeafletMouseEvent } from 'leaflet';
import { type DrawnItem, drawCasePoints, itemAt, placeCasePoints } from './draw-case-points';
import type { CaseCluster, CasePoint, CasePoints } from './fetch-case-points';

/** Above the areas and vector tiles (450), below tooltips (650) and popups (700). */
const CASE_POINTS_PANE = 'casePoints';

export interface CasePointsHandlers {
  onCluster: (cluster: CaseCluster) => void;
  onPoint: (point: CasePoint) => void;
}

/**
 * The case map drawn on one canvas the size of the map view, redrawn when the view settles (pan,
 * zoom, resize) or the data changes. It ignores the pointer itself, so the areas' tooltips below
 * still work; clicks come through the map's own events and are hit-tested against what was drawn.
 * During a zoom animation it hides rather than scaling stale bubbles.
 */
export class CasePointsCanvas extends Layer {
  private canvas: HTMLCanvasElement | undefined;
  private drawn: DrawnItem[] = [];
  private data: CasePoints = { clusters: [], points: [], total: 0, isTruncated: false };
  private selectedId: string | null = null;

  constructor(private readonly handlers: CasePointsHandlers) {
    super({ pane: CASE_POINTS_PANE });
  }

  override onAdd(map: LeafletMap): this {
    if (map.getPane(CASE_POINTS_PANE) === undefined) {
      const pane = map.createPane(CASE_POINTS_PANE);
      pane.style.zIndex = '620';
      pane.style.pointerEvents = 'none';
    }
    const canvas = DomUtil.create('canvas', 'case-points-canvas', map.getPane(CASE_POINTS_PANE));
    canvas.dataset.testid = 'case-points-canvas';
    this.canvas = canvas;
    map.on('moveend zoomend resize viewreset', this.redraw, this);
    map.on('zoomstart', this.hide, this);
    map.on('click', this.onClick, this);
    map.on('mousemove', this.onMouseMove, this);
    this.redraw();
    return this;
  }

  override onRemove(map: LeafletMap): this {
    map.off('moveend zoomend resize viewreset', this.redraw, this);
    map.off('zoomstart', this.hide, this);
    map.off('click', this.onClick, this);
    map.off('mousemove', this.onMouseMove, this);
    map.getContainer().style.cursor = '';
    this.canvas?.remove();
    this.canvas = undefined;
    return this;
  }

  setData(data: CasePoints, selectedId: string | null): void {
    this.data = data;
    this.selectedId = selectedId;
    this.redraw();
  }

  private redraw(): void {
    const map = this._map as LeafletMap | undefined;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const pixelRatio = window.devicePixelRatio || 1;
    DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    canvas.width = Math.round(size.x * pixelRatio);
    canvas.height = Math.round(size.y * pixelRatio);
    canvas.style.width = `${size.x}px`;
    canvas.style.height = `${size.y}px`;
    this.drawn = placeCasePoints(this.data.clusters, this.data.points, (lng, lat) =>
      map.latLngToContainerPoint([lat, lng]),
    );
    const context = canvas.getContext('2d');
    if (context) drawCasePoints(context, this.drawn, this.selectedId, pixelRatio);
    canvas.dataset.clusters = String(this.data.clusters.length);
    canvas.dataset.points = String(this.data.points.length);
    canvas.style.visibility = '';
  }

  private hide(): void {
    if (this.canvas) this.canvas.style.visibility = 'hidden';
  }

  private onClick(event: LeafletMouseEvent): void {
    const item = itemAt(this.drawn, event.containerPoint.x, event.containerPoint.y);
    if (item?.kind === 'cluster') this.handlers.onCluster(item.cluster);
    else if (item?.kind === 'point') this.handlers.onPoint(item.point);
  }

  private onMouseMove(event: LeafletMouseEvent): void {
    const isOverItem = itemAt(this.drawn, event.containerPoint.x, event.containerPoint.y) !== undefined;
    (this._map as LeafletMap).getContainer().style.cursor = isOverItem ? 'pointer' : '';
  }
}
