/**
 * One GeoReport v2 response, written once and rendered as XML or JSON. The spec defines JSON as a
 * mapping of the XML (the Spark convention): a repeated element becomes an array, a single record an
 * object, an empty element null. Building the neutral shape once keeps the two formats from drifting.
 */
export type Open311Value = string | number | boolean | null | Open311Record | Open311List;

/** Fields in document order: XML child elements, JSON object members. */
export interface Open311Record {
  readonly [field: string]: Open311Value;
}

/** A repeated element: `<services><service/>…</services>` in XML, an array in JSON. */
export class Open311List {
  constructor(
    readonly itemName: string,
    readonly items: readonly Open311Value[],
  ) {}
}

/** A whole response: the XML root element's name and its content. */
export interface Open311Document {
  root: string;
  body: Open311Record | Open311List;
}

/**
 * A list of `itemName` elements.
 *
 * @example listOf('format', ['text/xml', 'application/json']) // <format>text/xml</format><format>…
 */
export function listOf(itemName: string, items: readonly Open311Value[]): Open311List {
  return new Open311List(itemName, items);
}
