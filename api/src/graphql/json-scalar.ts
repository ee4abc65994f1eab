import { builder } from './builder.js';

/** Arbitrary JSON, used for GeoJSON documents that PostGIS assembles. */
builder.scalarType('JSON', {
  description: 'Any JSON value; GeoJSON documents use it (coordinates in WGS84, [lng, lat]).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
