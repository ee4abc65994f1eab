/** A polygon as GeoJSON coordinates: [outer ring, ...holes], each ring closed, [lng, lat] positions. */
export type PolygonRings = number[][][];

export interface ShapefileFeature {
  /** The feature's polygons, or null for a null shape. */
  polygons: PolygonRings[] | null;
  attributes: Record<string, string>;
}

export interface ShapefileOptions {
  /** Character fields of the .dbf, in order, with their width in bytes. */
  fields: { name: string; length: number }[];
  /** How attribute text becomes bytes (TextEncoder for UTF-8, encodeGbk for GBK). */
  encode: (text: string) => Uint8Array;
  /** Write PolygonZ (shape type 15) with this Z on every vertex. */
  z?: number;
}

export interface ShapefileBytes {
  shp: Uint8Array;
  shx: Uint8Array;
  dbf: Uint8Array;
}

export const wgs84Prj =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
export const utm51nPrj =
  'PROJCS["WGS_1984_UTM_Zone_51N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],UNIT["Meter",1.0]]';

/**
 * A tiny shapefile writer for test fixtures (the importer only reads): Polygon or PolygonZ records
 * with outer rings written clockwise and holes counter-clockwise, as the format wants, plus the
 * .shx index and a dBASE III .dbf of character fields.
 */
export function writePolygonShapefile(
  features: readonly ShapefileFeature[],
  options: ShapefileOptions,
): ShapefileBytes {
  const contents = features.map((feature) => shapeRecord(feature.polygons, options.z));
  const shapeType = options.z === undefined ? 5 : 15;
  const recordsLength = contents.reduce((sum, content) => sum + 8 + content.length, 0);
  const shp = Buffer.alloc(100 + recordsLength);
  const shx = Buffer.alloc(100 + 8 * features.length);
  writeMainHeader(shp, shp.length, shapeType);
  writeMainHeader(shx, shx.length, shapeType);
  let offset = 100;
  contents.forEach((content, i) => {
    shx.writeInt32BE(offset / 2, 100 + 8 * i);
    shx.writeInt32BE(content.length / 2, 104 + 8 * i);
    shp.writeInt32BE(i + 1, offset);
    shp.writeInt32BE(content.length / 2, offset + 4);
    content.copy(shp, offset + 8);
    offset += 8 + content.length;
  });
  return { shp: new Uint8Array(shp), shx: new Uint8Array(shx), dbf: writeDbf(features, options) };
}

function writeMainHeader(buffer: Buffer, length: number, shapeType: number): void {
  buffer.writeInt32BE(9994, 0);
  buffer.writeInt32BE(length / 2, 24);
  buffer.writeInt32LE(1000, 28);
  buffer.writeInt32LE(shapeType, 32);
}

function shapeRecord(polygons: PolygonRings[] | null, z: number | undefined): Buffer {
  if (!polygons) return Buffer.alloc(4); // shape type 0: null
  const rings = polygons.flatMap((rings) => rings.map((ring, i) => orient(ring, i === 0)));
  const points = rings.flat();
  const zBlock = z === undefined ? 0 : 16 + 8 * points.length;
  const record = Buffer.alloc(44 + 4 * rings.length + 16 * points.length + zBlock);
  record.writeInt32LE(z === undefined ? 5 : 15, 0);
  record.writeInt32LE(rings.length, 36);
  record.writeInt32LE(points.length, 40);
  let start = 0;
  rings.forEach((ring, i) => {
    record.writeInt32LE(start, 44 + 4 * i);
    start += ring.length;
  });
  const pointsAt = 44 + 4 * rings.length;
  points.forEach(([x = 0, y = 0], i) => {
    record.writeDoubleLE(x, pointsAt + 16 * i);
    record.writeDoubleLE(y, pointsAt + 16 * i + 8);
  });
  if (z !== undefined) {
    for (let i = 0; i < points.length; i++) record.writeDoubleLE(z, pointsAt + 16 * points.length + 16 + 8 * i);
  }
  return record;
}

/** Outer rings clockwise (negative shoelace sum), holes counter-clockwise. */
function orient(ring: number[][], isOuter: boolean): number[][] {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    sum += (ring[i]?.[0] ?? 0) * (ring[i + 1]?.[1] ?? 0) - (ring[i + 1]?.[0] ?? 0) * (ring[i]?.[1] ?? 0);
  const isClockwise = sum < 0;
  return isClockwise === isOuter ? ring : [...ring].reverse();
}

function writeDbf(features: readonly ShapefileFeature[], { fields, encode }: ShapefileOptions): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((sum, field) => sum + field.length, 0);
  const dbf = Buffer.alloc(headerLength + recordLength * features.length + 1, 0x20);
  dbf.fill(0, 0, headerLength);
  dbf.writeUInt8(0x03, 0);
  dbf.writeUInt32LE(features.length, 4);
  dbf.writeUInt16LE(headerLength, 8);
  dbf.writeUInt16LE(recordLength, 10);
  fields.forEach((field, i) => {
    Buffer.from(encode(field.name)).copy(dbf, 32 + 32 * i, 0, 10);
    dbf.write('C', 32 + 32 * i + 11, 'latin1');
    dbf.writeUInt8(field.length, 32 + 32 * i + 16);
  });
  dbf.writeUInt8(0x0d, headerLength - 1);
  features.forEach((feature, r) => {
    let at = headerLength + r * recordLength + 1;
    for (const field of fields) {
      Buffer.from(encode(feature.attributes[field.name] ?? '')).copy(dbf, at, 0, field.length);
      at += field.length;
    }
  });
  dbf.writeUInt8(0x1a, dbf.length - 1);
  return new Uint8Array(dbf);
}
