import type { TileLayerName } from './tile-layers';

/** How one kind of feature is painted on a tile canvas (CSS pixels; scaled for the screen). */
export interface TileFeatureStyle {
  stroke: string;
  lineWidth: number;
  fill: string | null;
  /** Dashes mark derived data (drawn by gridloop, not an official boundary). */
  dash: readonly number[];
}

const NO_DASH: readonly number[] = [];
const DERIVED_DASH: readonly number[] = [4, 3];

/** Official styles; colours are literal because a canvas cannot read CSS custom properties. */
const OFFICIAL: Record<TileLayerName, TileFeatureStyle> = {
  district: { stroke: '#3f6fa6', lineWidth: 1.5, fill: null, dash: NO_DASH },
  street: { stroke: '#7a4fa3', lineWidth: 1.5, fill: null, dash: NO_DASH },
  community: { stroke: '#2f8f6f', lineWidth: 1, fill: null, dash: NO_DASH },
  responsibility: { stroke: '#b0632a', lineWidth: 1.5, fill: null, dash: NO_DASH },
  grid: { stroke: '#c2410c', lineWidth: 0.75, fill: 'rgba(234, 88, 12, 0.08)', dash: NO_DASH },
};

/**
 * Every style is built once here, so drawing thousands of features allocates nothing and the
 * same object always means the same look.
 */
const STYLES = new Map<string, TileFeatureStyle>(
  Object.entries(OFFICIAL).flatMap(([layer, style]) => [
    [`${layer}:official`, style],
    [`${layer}:derived`, { ...style, dash: DERIVED_DASH }],
  ]),
);

/** The style of a feature of `layer`, dashed when it is derived. */
export function tileFeatureStyle(layer: TileLayerName, isDerived: boolean): TileFeatureStyle {
  const style = STYLES.get(`${layer}:${isDerived ? 'derived' : 'official'}`);
  if (style === undefined) throw new Error(`no tile style for layer ${layer}`);
  return style;
}
