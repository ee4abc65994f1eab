import { DomainError } from '../../../errors/domain-error.js';
import type { ImportLimits } from './import-options.js';
import type { LayerFile } from './layer-file.js';
import { parseFeatureCollection } from './parse-feature-collection.js';
import { readShapefileZip } from './shapefile/read-shapefile-zip.js';

/**
 * Reads an uploaded layer, recognised by its content rather than its name: a ZIP archive (magic
 * "PK") is a zipped shapefile, anything else must be a GeoJSON FeatureCollection.
 * Refuses files over the size limit before looking inside (PAYLOAD_TOO_LARGE).
 */
export function readLayerFile(bytes: Uint8Array, limits: ImportLimits): LayerFile {
  if (bytes.length > limits.maxBytes) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `The file has ${bytes.length} bytes; at most ${limits.maxBytes} are accepted.`,
      {
        limit: 'maxBytes',
        maxBytes: limits.maxBytes,
      },
    );
  }
  if (bytes.length === 0) throw new DomainError('INVALID_FILE', 'The file is empty.');
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  return isZip ? readShapefileZip(bytes, limits) : parseFeatureCollection(bytes, limits.maxFeatures);
}
