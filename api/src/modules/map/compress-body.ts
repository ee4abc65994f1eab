import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import type { Context } from 'koa';

const gzipAsync = promisify(gzip);

/** Below this, gzip's header and dictionary cost more than they save. */
const minimumBytesWorthCompressing = 512;

/**
 * Level 3: on a 44 KB unit-grid tile it takes ~0.5 ms against ~1 ms for zlib's default 6, for an
 * answer 11 % larger (8.4 vs 7.5 KB). CPU is what a 2-core server runs out of first, and tiles
 * are cached and revalidated by ETag, so bytes matter less than cycles here.
 */
const gzipLevel = 3;

/**
 * Up to this size the body is compressed on the event loop: handing 1.4 KB (a street-level tile's
 * size) to the thread pool cost ~65 µs of CPU against ~18 µs inline on these machines, the hop
 * dearer than the compression, and inline work this small holds other requests up for less.
 */
const maximumBytesCompressedInline = 16 * 1024;

/** Where a body sent many times (a cached tile) keeps its gzip copy, made on first demand. */
export interface GzipMemo {
  gzipped?: Promise<Buffer>;
}

/**
 * Sets the response body, gzip-compressed when the client accepts it. Vector tiles and GeoJSON
 * are repetitive (attribute keys, coordinate digits) and shrink several times. Larger bodies are
 * compressed on libuv's thread pool, off the event loop. With a `memo`, the body is compressed
 * once for every client that sends it.
 */
export async function sendCompressible(ctx: Context, body: Uint8Array | string, memo?: GzipMemo): Promise<void> {
  ctx.vary('Accept-Encoding');
  const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body.buffer, body.byteOffset, body.length);
  if (bytes.length >= minimumBytesWorthCompressing && ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
    ctx.set('Content-Encoding', 'gzip');
    if (!memo) {
      ctx.body = await gzipped(bytes);
      return;
    }
    memo.gzipped ??= gzipped(bytes);
    ctx.body = await memo.gzipped;
    return;
  }
  ctx.body = bytes;
}

function gzipped(bytes: Buffer): Promise<Buffer> {
  return bytes.length <= maximumBytesCompressedInline
    ? Promise.resolve(gzipSync(bytes, { level: gzipLevel }))
    : gzipAsync(bytes, { level: gzipLevel });
}
