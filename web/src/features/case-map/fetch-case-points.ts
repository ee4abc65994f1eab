import { graphqlRequest } from '../../api/graphql-client';

export type CaseLight = 'GREEN' | 'YELLOW' | 'RED';

/** Two or more cases of one map cell (`casePoints.clusters`). */
export interface CaseCluster {
  lng: number;
  lat: number;
  count: number;
  green: number;
  yellow: number;
  red: number;
  west: number;
  south: number;
  east: number;
  north: number;
}

/** One case (`casePoints.points`); WGS84 like everything the API answers. */
export interface CasePoint {
  id: string;
  code: string;
  status: string;
  light: CaseLight | null;
  lng: number;
  lat: number;
}

export interface CasePoints {
  clusters: CaseCluster[];
  points: CasePoint[];
  total: number;
  isTruncated: boolean;
}

export interface CasePointsBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

const CASE_POINTS_QUERY = /* GraphQL */ `
  query CasePoints($bbox: BoundingBoxInput!, $zoom: Float!) {
    casePoints(bbox: $bbox, zoom: $zoom) {
      total
      isTruncated
      clusters { lng lat count green yellow red west south east north }
      points { id code status light lng lat }
    }
  }
`;

/** The open cases the viewer may see in a box, clustered by the API for the zoom. */
export async function fetchCasePoints(bbox: CasePointsBox, zoom: number, signal?: AbortSignal): Promise<CasePoints> {
  const data = await graphqlRequest<{ casePoints: CasePoints }>(CASE_POINTS_QUERY, { bbox, zoom }, { signal });
  return data.casePoints;
}
