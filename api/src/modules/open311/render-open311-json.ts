import { type Open311Document, Open311List, type Open311Value } from './open311-document.js';

/**
 * The document as GeoReport v2 JSON (the Spark mapping of the XML): the root element disappears,
 * lists become arrays, records objects, empty elements null.
 */
export function renderOpen311Json(document: Open311Document): string {
  return JSON.stringify(toJson(document.body));
}

function toJson(value: Open311Value): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Open311List) return value.items.map(toJson);
  return Object.fromEntries(Object.entries(value).map(([field, child]) => [field, toJson(child)]));
}
