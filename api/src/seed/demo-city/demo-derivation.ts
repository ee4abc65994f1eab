import type { StreetCellSizing } from '@gridloop/prisma';

/**
 * The demo city's derivation, versioned: every DEMO layer_import row's source name starts with
 * the version, and the seed skips districts already derived by this version. Change the version
 * whenever the method or a parameter below changes, so existing databases re-derive.
 */
export const demoDerivationVersion = 'shanghai-demo-v1';

/**
 * Cells of about 150,000 m² (≈ 390 m squares) outside the centre; dense urban streets get smaller
 * ones (at least 3 cells per community), huge rural ones larger (at most 500 per community).
 * About 6×10^4 unit grids for the whole city.
 */
export const demoCellSizing: StreetCellSizing = {
  targetAreaM2: 200_000,
  minCellsPerCommunity: 3,
  maxCellsPerCommunity: 500,
};

export const demoSliverRatio = 0.3;

/** Beats of up to 10 of the demo's larger unit grids. */
export const demoBeatSize = 10;

/** The layer_import source names of one district's demo layers. */
export function demoSourceName(layer: string, districtName: string): string {
  const method: Record<string, string> = {
    STREET: 'Voronoi cells of the 2016 town centres (Vonng/adcode, CC BY 4.0), clipped to the district',
    COMMUNITY: 'k-means clusters of the street’s unit grid cells, one per 2023 community',
    UNIT_GRID: `square cells of up to ${demoCellSizing.targetAreaM2} m² in EPSG:32651, slivers under ${demoSliverRatio} merged`,
    RESPONSIBILITY_GRID: `beats of up to ${demoBeatSize} unit grids along a Hilbert curve`,
  };
  return `${demoDerivationVersion}: ${districtName}: ${method[layer] ?? layer}`;
}
