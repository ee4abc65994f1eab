import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Middleware } from 'koa';
import send from 'koa-send';

/**
 * Serves the built web app from `root`. Vite fingerprints everything in /assets, so those are
 * cached for a year; index.html is revalidated so a deploy shows up on the next load. Unknown
 * paths without a file extension get index.html: the app routes on the client.
 */
export function serveWebApp(root: string): Middleware {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `STATIC_DIR ${root} has no index.html: build the web app first (pnpm --filter @gridloop/web build)`,
    );
  }
  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const isAsset = ctx.path.startsWith('/assets/');
    const served = await send(ctx, ctx.path, {
      root,
      index: 'index.html',
      immutable: isAsset,
      maxage: isAsset ? 365 * 24 * 3600 * 1000 : 0,
      setHeaders: (res) => {
        if (!isAsset) res.setHeader('Cache-Control', 'no-cache');
      },
    }).catch((error: { status?: number }) => {
      if (error.status === 404) return null;
      throw error;
    });
    if (served) return;
    if (/\.[a-z0-9]+$/i.test(ctx.path)) return next();
    ctx.set('Cache-Control', 'no-cache');
    await send(ctx, 'index.html', { root });
  };
}
