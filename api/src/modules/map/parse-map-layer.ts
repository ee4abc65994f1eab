import { isMapLayerName, type MapLayerName, mapLayerNames } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';

/**
 * The layer named in a map URL, or BAD_REQUEST listing the ones that exist.
 *
 * @example parseMapLayer('grid') // 'grid'
 */
export function parseMapLayer(value: string): MapLayerName {
  if (!isMapLayerName(value)) {
    throw new DomainError('BAD_REQUEST', `Unknown map layer "${value}"; use one of ${mapLayerNames.join(', ')}.`, {
      field: 'layer',
      layers: mapLayerNames,
    });
  }
  return value;
}
