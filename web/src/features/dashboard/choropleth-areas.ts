import { GraphQLRequestError, graphqlRequest } from '../../api/graphql-client';
import { type AreaFeature, boxAround, parseAreaFeatures, positionsOf } from '../map';
import type { AreaLevel, MetricGroupBy } from './dashboard-types';

/** The area layers a choropleth can colour, as the map API names them. */
export type ChoroplethLevel = 'DISTRICT' | 'STREET' | 'COMMUNITY' | 'GRID';

/** The levels finer than an area, finest last: a district can be coloured by street, community or grid. */
export function choroplethLevelsWithin(level: AreaLevel): ChoroplethLevel[] {
  switch (level) {
    case 'CITY':
      return ['DISTRICT', 'STREET'];
    case 'DISTRICT':
      return ['STREET', 'COMMUNITY', 'GRID'];
    case 'STREET':
      return ['COMMUNITY', 'GRID'];
    case 'COMMUNITY':
      return ['GRID'];
  }
}

export const choroplethGroupBy = (level: ChoroplethLevel): MetricGroupBy => level;

export interface ChoroplethAreas {
  features: AreaFeature[];
  /** Where to fit the map: the selected area, or its pieces when it has no boundary of its own. */
  box: ReturnType<typeof boxAround>;
}

/**
 * The polygons of one level inside an area. The map API serves any layer by bounding box
 * (`/geojson/{layer}?bbox`), so the area's own boundary gives the box and the features are those
 * whose code starts with the area's code (areas nest by code prefix). Two requests, whatever the
 * level: the same path colours a district's streets and a street's unit grids.
 */
export async function fetchChoroplethAreas(
  area: { code: string; level: AreaLevel; parentCode: string | null },
  level: ChoroplethLevel,
  signal: AbortSignal,
): Promise<ChoroplethAreas> {
  const own = await fetchOwnBoundary(area, signal);
  const box = boxAround(positionsOf(own));
  if (box === undefined) return { features: [], box };
  const [[south, west], [north, east]] = box;
  const params = new URLSearchParams({ bbox: [west, south, east, north].join(','), limit: '10000' });
  const response = await fetch(`/geojson/${level.toLowerCase()}?${params.toString()}`, { signal });
  if (!response.ok) throw await geojsonError(response);
  const collection = parseAreaFeatures(await response.json(), `geojson/${level}`);
  return { features: collection.features.filter((feature) => feature.properties.code.startsWith(area.code)), box };
}

async function fetchOwnBoundary(
  area: { code: string; level: AreaLevel; parentCode: string | null },
  signal: AbortSignal,
): Promise<AreaFeature[]> {
  const query =
    'query($level: AreaLevel!, $parentCode: String) { areaFeatures(level: $level, parentCode: $parentCode) }';
  const variables = { level: area.level, parentCode: area.level === 'CITY' ? null : area.parentCode };
  const data = await graphqlRequest<{ areaFeatures: unknown }>(query, variables, { signal });
  const features = parseAreaFeatures(data.areaFeatures, 'areaFeatures').features;
  return features.filter((feature) => feature.properties.code === area.code);
}

async function geojsonError(response: Response): Promise<GraphQLRequestError> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  return new GraphQLRequestError(body?.error?.message ?? `HTTP ${response.status}`, {
    code: body?.error?.code ?? `HTTP_${response.status}`,
    status: response.status,
  });
}
