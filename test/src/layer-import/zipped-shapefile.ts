import {
  type ShapefileFeature,
  type ShapefileOptions,
  wgs84Prj,
  writePolygonShapefile,
} from './write-polygon-shapefile.js';
import { writeZip } from './write-zip.js';

export interface ZippedShapefileOptions extends ShapefileOptions {
  /** The .prj text; null leaves the .prj out. Default: WGS 84. */
  prj?: string | null;
  /** The .cpg text naming the .dbf encoding; default none. */
  cpg?: string;
  /** Leave the .dbf out. */
  withoutDbf?: boolean;
  /** Base name of the parts inside the archive. */
  baseName?: string;
}

/** A zipped shapefile as an admin would upload it: .shp, .shx, .dbf, .prj (and .cpg) in one archive. */
export function zippedShapefile(features: readonly ShapefileFeature[], options: ZippedShapefileOptions): Uint8Array {
  const { shp, shx, dbf } = writePolygonShapefile(features, options);
  const base = options.baseName ?? 'grids';
  const text = (value: string) => new TextEncoder().encode(value);
  const prj = options.prj === undefined ? wgs84Prj : options.prj;
  return writeZip([
    { name: `${base}.shp`, bytes: shp },
    { name: `${base}.shx`, bytes: shx },
    ...(options.withoutDbf ? [] : [{ name: `${base}.dbf`, bytes: dbf }]),
    ...(prj === null ? [] : [{ name: `${base}.prj`, bytes: text(prj) }]),
    ...(options.cpg ? [{ name: `${base}.cpg`, bytes: text(options.cpg) }] : []),
  ]);
}
