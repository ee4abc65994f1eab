import { useEffect, useState } from 'react';
import { graphqlRequest } from '../../api/graphql-client';
import { type LatLngBox, parseAreaFeatures } from '../map';
import { boxOfGeometries } from './geometry-box';

/** The box of the city's boundary, where an admin map starts; undefined until it arrives (or if none). */
export function useCityBox(): LatLngBox | undefined {
  const [box, setBox] = useState<LatLngBox | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    graphqlRequest<{ areaFeatures: unknown }>('query CityOutline { areaFeatures(level: CITY) }', undefined, {
      signal: controller.signal,
    }).then(
      (data) => {
        const features = parseAreaFeatures(data.areaFeatures, 'areaFeatures').features;
        if (!controller.signal.aborted) setBox(boxOfGeometries(features.map((feature) => feature.geometry)));
      },
      (reason: unknown) => {
        if (!controller.signal.aborted) console.error('Could not load the city outline', reason);
      },
    );
    return () => controller.abort();
  }, []);
  return box;
}
