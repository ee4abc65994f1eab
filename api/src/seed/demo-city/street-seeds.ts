import { gcj02ToWgs84 } from '@gridloop/geo';
import type { StreetSeedCandidate, StreetSeeds } from '@gridloop/prisma';
import type { AdcodeCentre } from './read-adcode-2016.js';

/**
 * Candidate seed points (WGS84) for the Voronoi cells of the 2023 streets, best first: the 2016
 * town centre with the same 9-digit code, then the mean of that street's 2016 village centres.
 * Whether a candidate lies in the street's district is checked in PostGIS; a street with no usable
 * candidate gets a deterministic point inside its district there.
 */
export function streetSeedsFrom(centres: readonly AdcodeCentre[], streetCodes: readonly string[]): StreetSeeds[] {
  const towns = new Map<string, AdcodeCentre>();
  const villages = new Map<string, AdcodeCentre[]>();
  for (const centre of centres) {
    const streetCode = centre.code.slice(0, 9);
    if (centre.level === 'town') towns.set(streetCode, centre);
    else villages.set(streetCode, [...(villages.get(streetCode) ?? []), centre]);
  }
  return streetCodes.map((code) => {
    const candidates: StreetSeedCandidate[] = [];
    const town = towns.get(code);
    if (town) candidates.push(candidate('TOWN_CENTRE', [town.centreGcj02]));
    const members = villages.get(code);
    if (members)
      candidates.push(
        candidate(
          'VILLAGE_MEAN',
          members.map((village) => village.centreGcj02),
        ),
      );
    return { code, candidates };
  });
}

/** The mean of the points after conversion to WGS84 (a town's centre is the mean of one). */
function candidate(
  kind: StreetSeedCandidate['kind'],
  pointsGcj02: readonly (readonly [number, number])[],
): StreetSeedCandidate {
  const points = pointsGcj02.map((point) => gcj02ToWgs84(point));
  const lng = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const lat = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  return { kind, lng, lat };
}
