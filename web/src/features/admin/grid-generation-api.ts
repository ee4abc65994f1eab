import { graphqlRequest } from '../../api/graphql-client';
import { type AreaFeature, parseAreaFeatures } from '../map';

/** What `generateUnitGrids` wrote, or would write on a dry run. */
export interface GenerationReport {
  dryRun: boolean;
  scopeCode: string;
  scopeName: string;
  communities: number;
  unitGrids: number;
  responsibilityGrids: number;
  retiredUnitGrids: number;
  retiredResponsibilityGrids: number;
  sliversMerged: number;
  targetAreaM2: number;
  smallestAreaM2: number;
  meanAreaM2: number;
  largestAreaM2: number;
  beatSize: number;
  sliverRatio: number;
  layerImportIds: number[];
}

export interface GenerationRequest {
  scopeCode: string;
  targetAreaM2: number;
  sliverRatio: number;
  beatSize: number;
  dryRun: boolean;
}

const GENERATE = /* GraphQL */ `
  mutation GenerateUnitGrids(
    $scopeCode: String!, $targetAreaM2: Float, $sliverRatio: Float, $beatSize: Int, $dryRun: Boolean
  ) {
    generateUnitGrids(
      scopeCode: $scopeCode, targetAreaM2: $targetAreaM2, sliverRatio: $sliverRatio, beatSize: $beatSize, dryRun: $dryRun
    ) {
      dryRun scopeCode scopeName communities unitGrids responsibilityGrids retiredUnitGrids
      retiredResponsibilityGrids sliversMerged targetAreaM2 smallestAreaM2 meanAreaM2 largestAreaM2
      beatSize sliverRatio layerImportIds
    }
  }
`;

/** Runs (or dry-runs) a generation; bad options reject with BAD_REQUEST naming the field, or TOO_MANY_GRIDS. */
export async function generateUnitGrids(request: GenerationRequest): Promise<GenerationReport> {
  const data = await graphqlRequest<{ generateUnitGrids: GenerationReport }>(GENERATE, { ...request });
  return data.generateUnitGrids;
}

const SCOPE_OUTLINE = /* GraphQL */ `
  query GenerationScope($level: AreaLevel!, $parentCode: String) {
    areaFeatures(level: $level, parentCode: $parentCode)
  }
`;

/**
 * The boundary of a district (6 digits) or street (9 digits) to outline on the map; null when the
 * code is neither or the area has no boundary. Asks for the siblings under the parent, the
 * narrowest question the API answers, and keeps the one.
 */
export async function fetchScopeOutline(code: string, signal?: AbortSignal): Promise<AreaFeature | null> {
  const isStreet = /^\d{9}$/.test(code);
  if (!isStreet && !/^\d{6}$/.test(code)) return null;
  const data = await graphqlRequest<{ areaFeatures: unknown }>(
    SCOPE_OUTLINE,
    isStreet ? { level: 'STREET', parentCode: code.slice(0, 6) } : { level: 'DISTRICT', parentCode: null },
    { signal },
  );
  const features = parseAreaFeatures(data.areaFeatures, 'areaFeatures').features;
  return features.find((feature) => feature.properties.code === code) ?? null;
}
