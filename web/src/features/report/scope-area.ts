import { parentCodeOf, parseAreaCode } from '@gridloop/geo';
import { graphqlRequest } from '../../api/graphql-client';
import { type AreaGeometry, parseAreaFeatures } from '../map/area-features';
import { boxAround, type LatLngBox } from '../map/coordinates';

/** The area an officer is scoped to, with its boundary: what the report map shows and checks taps against. */
export interface ScopeArea {
  code: string;
  name: string;
  isDerived: boolean;
  geometry: AreaGeometry;
  box: LatLngBox;
}

type ApiAreaLevel = 'CITY' | 'DISTRICT' | 'STREET' | 'COMMUNITY';

const SCOPE_AREA_QUERY = /* GraphQL */ `
  query ScopeArea($level: AreaLevel!, $parentCode: String) {
    areaFeatures(level: $level, parentCode: $parentCode)
  }
`;

/**
 * The boundary of the officer's area, found among its siblings (`areaFeatures` lists an area's
 * children, not one area). Null when the area has no boundary (not imported yet) or is a level the
 * map does not draw.
 */
export async function fetchScopeArea(code: string, signal?: AbortSignal): Promise<ScopeArea | null> {
  const level = parseAreaCode(code).level;
  if (level === 'PROVINCE') return null;
  const parentCode = level === 'STREET' || level === 'COMMUNITY' ? parentCodeOf(code) : null;
  const data = await graphqlRequest<{ areaFeatures: unknown }>(
    SCOPE_AREA_QUERY,
    { level: level satisfies ApiAreaLevel, parentCode },
    { signal },
  );
  const feature = parseAreaFeatures(data.areaFeatures, 'areaFeatures').features.find(
    (candidate) => candidate.properties.code === parseAreaCode(code).code,
  );
  const box = feature && boxAround(positionsOfGeometry(feature.geometry));
  if (feature === undefined || box === undefined) return null;
  const { name, isDerived } = feature.properties;
  return { code, name, isDerived, geometry: feature.geometry, box };
}

function positionsOfGeometry(geometry: AreaGeometry) {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}
