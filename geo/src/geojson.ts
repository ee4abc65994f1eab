/**
 * Minimal GeoJSON (RFC 7946) geometry types, so that `@gridloop/geo` needs no dependency.
 * Only geometries are modelled; Features live in the apps that need them.
 */

/** A longitude/latitude pair in degrees, in GeoJSON / PostGIS order (x = lng, y = lat). */
export type LngLat = readonly [lng: number, lat: number];

/** A GeoJSON position: longitude, latitude and optionally altitude (or further values). */
export type Position = readonly [lng: number, lat: number, ...rest: number[]];

export interface Point {
  readonly type: 'Point';
  readonly coordinates: Position;
}

export interface MultiPoint {
  readonly type: 'MultiPoint';
  readonly coordinates: readonly Position[];
}

export interface LineString {
  readonly type: 'LineString';
  readonly coordinates: readonly Position[];
}

export interface MultiLineString {
  readonly type: 'MultiLineString';
  readonly coordinates: readonly (readonly Position[])[];
}

/** Rings: the first is the exterior, the rest are holes; each ring is closed (first == last). */
export interface Polygon {
  readonly type: 'Polygon';
  readonly coordinates: readonly (readonly Position[])[];
}

export interface MultiPolygon {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly (readonly Position[])[])[];
}

export interface GeometryCollection {
  readonly type: 'GeometryCollection';
  readonly geometries: readonly Geometry[];
}

export type Geometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon | GeometryCollection;
