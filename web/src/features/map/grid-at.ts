import { GraphQLRequestError, graphqlRequest } from '../../api/graphql-client';
import type { LngLat } from './coordinates';

/** A grid or area containing a point, as `gridAt` reports it. */
export interface LocatedPlace {
  code: string;
  name: string | null;
  isDerived: boolean;
}

export interface GridLocation {
  unitGrid: LocatedPlace;
  responsibilityGrid: LocatedPlace | null;
  community: LocatedPlace;
  street: LocatedPlace | null;
  district: LocatedPlace | null;
}

const GRID_AT_QUERY = /* GraphQL */ `
  query GridAt($lng: Float!, $lat: Float!) {
    gridAt(lng: $lng, lat: $lat) {
      unitGrid { code name isDerived }
      responsibilityGrid { code name isDerived }
      community { code name isDerived }
      street { code name isDerived }
      district { code name isDerived }
    }
  }
`;

/**
 * Where a WGS84 point lies, or 'outside' when no unit grid contains it (the API's
 * OUTSIDE_JURISDICTION, an expected answer here rather than a failure). Other errors reject.
 */
export async function fetchGridAt([lng, lat]: LngLat, signal?: AbortSignal): Promise<GridLocation | 'outside'> {
  try {
    const data = await graphqlRequest<{ gridAt: GridLocation }>(GRID_AT_QUERY, { lng, lat }, { signal });
    return data.gridAt;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'OUTSIDE_JURISDICTION') return 'outside';
    throw error;
  }
}
