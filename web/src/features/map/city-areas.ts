import { graphqlRequest } from '../../api/graphql-client';
import { type AreaFeatureCollection, parseAreaFeatures, positionsOf } from './area-features';
import { boxAround, type LatLngBox } from './coordinates';

/**
 * One round trip for everything the city map shows. A deployment serves one city, so the
 * districts need no `parentCode`: all DISTRICT rows belong to that city.
 */
const CITY_AREAS_QUERY = /* GraphQL */ `
  query CityAreas {
    city {
      code
      name
    }
    cityFeatures: areaFeatures(level: CITY)
    districtFeatures: areaFeatures(level: DISTRICT)
  }
`;

interface CityAreasResponse {
  city: { code: string; name: string } | null;
  cityFeatures: unknown;
  districtFeatures: unknown;
}

export interface CityAreas {
  city: { code: string; name: string };
  /** The city boundary (normally one feature). */
  cityBoundary: AreaFeatureCollection;
  districts: AreaFeatureCollection;
  /** Where to fit the map; undefined only when there is no geometry at all. */
  box: LatLngBox | undefined;
}

/**
 * Loads the city and its district areas; resolves to null when no city has been imported yet.
 * Rejects with a `GraphQLRequestError` (carrying the server's code) or a `TypeError` when the
 * answer is not the GeoJSON the contract promises.
 */
export async function fetchCityAreas(signal?: AbortSignal): Promise<CityAreas | null> {
  const data = await graphqlRequest<CityAreasResponse>(CITY_AREAS_QUERY, undefined, { signal });
  if (data.city === null) return null;

  const cityBoundary = parseAreaFeatures(data.cityFeatures, 'cityFeatures');
  const districts = parseAreaFeatures(data.districtFeatures, 'districtFeatures');
  const outline = cityBoundary.features.length > 0 ? cityBoundary : districts;
  return {
    city: { code: data.city.code, name: data.city.name },
    cityBoundary,
    districts,
    box: boxAround(positionsOf(outline.features)),
  };
}
