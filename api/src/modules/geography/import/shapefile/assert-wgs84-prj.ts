import { DomainError } from '../../../../errors/domain-error.js';

/** Datum names that WKT writers (Esri, GDAL, WKT2) use for WGS 84. */
const wgs84Datum = /DATUM\s*\[\s*"(D_WGS_1984|WGS_1984|WGS 84|World Geodetic System 1984)"/i;

/**
 * Accepts a .prj that declares geographic WGS 84 longitude/latitude (GEOGCS / GEOGCRS on the
 * WGS 84 datum, in degrees) and refuses anything else with UNSUPPORTED_CRS, naming what it found:
 * projected systems (UTM, Gauss-Krüger) and other datums, including CGCS2000 (within about a metre
 * of WGS 84, but not declared as it, so the admin decides by re-exporting).
 */
export function assertWgs84Prj(wkt: string): void {
  const text = wkt.trim();
  const kind = /^([A-Z_]+)\s*\[\s*"([^"]*)"/i.exec(text);
  const keyword = kind?.[1]?.toUpperCase() ?? '';
  const name = kind?.[2] ?? text.slice(0, 60);
  const isGeographic = keyword === 'GEOGCS' || keyword === 'GEOGCRS' || keyword === 'GEOGRAPHICCRS';
  if (isGeographic && wgs84Datum.test(text) && !/UNIT\s*\[\s*"(grad|radian)/i.test(text)) return;
  const why = isGeographic
    ? `a geographic system on another datum ("${name}")`
    : `a ${keyword === 'PROJCS' || keyword === 'PROJCRS' ? 'projected' : 'non-geographic'} system ("${name}")`;
  throw new DomainError(
    'UNSUPPORTED_CRS',
    `The shapefile's .prj declares ${why}; gridloop imports WGS 84 longitude/latitude (EPSG:4326) only. ` +
      'Re-export the layer in WGS 84 (declare GCJ02 on import if its coordinates are AMap/DataV ones).',
    { prj: name },
  );
}
