import type { Context } from 'koa';
import type { Open311Document } from './open311-document.js';
import { renderOpen311Json } from './render-open311-json.js';
import { renderOpen311Xml } from './render-open311-xml.js';

/** The two output formats; the client picks one by the resource's extension (`services.xml`). */
export type Open311Format = 'xml' | 'json';

/** The MIME types Service Discovery announces, in the spec's Content-Type spelling. */
export const open311MediaTypes: Record<Open311Format, string> = {
  xml: 'text/xml',
  json: 'application/json',
};

export interface Open311Resource {
  /** The resource name without its extension: `services`, `requests`, a service code, a request id. */
  name: string;
  format: Open311Format;
}

/**
 * Splits a path segment into resource name and format. Null when the extension is missing or not
 * one of ours, so the route can answer 404 (in XML, the required format).
 *
 * @example parseOpen311Resource('requests.json') // { name: 'requests', format: 'json' }
 */
export function parseOpen311Resource(segment: string): Open311Resource | null {
  const match = /^(.+)\.(xml|json)$/.exec(segment);
  if (!match?.[1] || !match[2]) return null;
  return { name: match[1], format: match[2] as Open311Format };
}

/** Writes the document in the format with the spec's Content-Type (UTF-8) and the status given. */
export function sendOpen311(ctx: Context, format: Open311Format, document: Open311Document, status = 200): void {
  ctx.status = status;
  ctx.set('Content-Type', `${open311MediaTypes[format]}; charset=utf-8`);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body = format === 'xml' ? renderOpen311Xml(document) : renderOpen311Json(document);
}
