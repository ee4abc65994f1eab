import type { Context } from 'koa';
import { badOpen311Request } from './open311-error.js';

/** A service request's form is small text; anything bigger is not one. */
const maxFormBytes = 64 * 1024;

/** Form fields by name, every value of a repeated one in order. */
export type FormFields = Map<string, string[]>;

/**
 * The POST body as the spec sends it: application/x-www-form-urlencoded, UTF-8. 400 for another
 * content type or a body over 64 KB (read no further than that).
 */
export async function readFormBody(ctx: Context): Promise<FormFields> {
  if (!ctx.is('application/x-www-form-urlencoded')) {
    badOpen311Request('POST requests must be sent as application/x-www-form-urlencoded; charset=utf-8.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxFormBytes) badOpen311Request(`The form is larger than ${maxFormBytes / 1024} KB.`);
    chunks.push(chunk);
  }
  const fields: FormFields = new Map();
  for (const [name, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) {
    fields.set(name, [...(fields.get(name) ?? []), value]);
  }
  return fields;
}
