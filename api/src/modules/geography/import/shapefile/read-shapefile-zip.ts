import { DomainError } from '../../../../errors/domain-error.js';
import type { LayerFile } from '../layer-file.js';
import { readZipEntries, type ZipEntry } from '../read-zip-entries.js';
import { assertWgs84Prj } from './assert-wgs84-prj.js';
import { dbfTextDecoder } from './dbf-text-decoder.js';
import { readDbfRecords } from './read-dbf-records.js';
import { readShpShapes } from './read-shp-shapes.js';

export interface ShapefileLimits {
  maxFeatures: number;
  /** Total size of the parts read (.shp, .dbf, .prj, .cpg) once unzipped. */
  maxUnzippedBytes: number;
}

/**
 * Reads a zipped polygon shapefile: exactly one .shp with its .dbf (attributes) and .prj
 * (coordinate system, which must be WGS 84 longitude/latitude), and an optional .cpg naming the
 * .dbf's encoding (UTF-8 and GBK are common in Chinese data). Feature i is record i of the .shp
 * and of the .dbf; records deleted in the .dbf are skipped but keep their numbers.
 */
export function readShapefileZip(zip: Uint8Array, limits: ShapefileLimits): LayerFile {
  const parts = findShapefileParts(readZipEntries(zip));
  const unzipped = [parts.shp, parts.dbf, parts.prj, parts.cpg].reduce(
    (sum, entry) => sum + (entry?.uncompressedSize ?? 0),
    0,
  );
  if (unzipped > limits.maxUnzippedBytes) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `The shapefile unzips to ${unzipped} bytes; at most ${limits.maxUnzippedBytes} are read.`,
      {
        limit: 'maxUnzippedBytes',
        maxUnzippedBytes: limits.maxUnzippedBytes,
      },
    );
  }
  assertWgs84Prj(new TextDecoder('utf-8').decode(parts.prj.read()));
  const dbfBytes = parts.dbf.read();
  const cpg = parts.cpg ? new TextDecoder('utf-8').decode(parts.cpg.read()) : null;
  const table = readDbfRecords(dbfBytes, dbfTextDecoder(dbfBytes, cpg));
  if (table.records.length > limits.maxFeatures) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `The shapefile has ${table.records.length} records; at most ${limits.maxFeatures} are imported at once.`,
      {
        limit: 'maxFeatures',
        maxFeatures: limits.maxFeatures,
        featureCount: table.records.length,
      },
    );
  }
  const shapes = readShpShapes(parts.shp.read());
  if (shapes.length !== table.records.length) {
    throw new DomainError(
      'INVALID_FILE',
      `The .shp has ${shapes.length} shapes but the .dbf ${table.records.length} records.`,
    );
  }
  const layer: LayerFile = { format: 'SHAPEFILE', featureCount: shapes.length, features: [], problems: [] };
  shapes.forEach((geometry, index) => {
    const properties = table.records[index];
    if (properties) layer.features.push({ index, properties, geometry });
  });
  return layer;
}

interface ShapefileParts {
  shp: ZipEntry;
  dbf: ZipEntry;
  prj: ZipEntry;
  cpg: ZipEntry | undefined;
}

function findShapefileParts(entries: ZipEntry[]): ShapefileParts {
  const files = entries.filter((entry) => !entry.name.endsWith('/') && !entry.name.startsWith('__MACOSX/'));
  const shps = files.filter((entry) => /\.shp$/i.test(entry.name));
  if (shps.length !== 1) {
    const found = shps.map((entry) => entry.name);
    throw new DomainError(
      'INVALID_FILE',
      shps.length === 0
        ? 'The ZIP archive holds no .shp file.'
        : `The ZIP archive holds several layers (${found.join(', ')}); upload one.`,
      { shapefiles: found },
    );
  }
  const base = (shps[0]?.name ?? '').slice(0, -4).toLowerCase();
  const sibling = (extension: string) => files.find((entry) => entry.name.toLowerCase() === `${base}.${extension}`);
  const [dbf, prj, cpg] = [sibling('dbf'), sibling('prj'), sibling('cpg')];
  const missing = [dbf ? null : '.dbf', prj ? null : '.prj'].filter((part) => part !== null);
  if (!dbf || !prj || !shps[0]) {
    throw new DomainError(
      'INVALID_FILE',
      `The shapefile is incomplete: ${missing.join(' and ')} missing beside ${shps[0]?.name}` +
        ' (.dbf holds the codes and names, .prj the coordinate system).',
      { missing },
    );
  }
  return { shp: shps[0], dbf, prj, cpg };
}
