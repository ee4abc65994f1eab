import type { PrismaClient } from '@gridloop/prisma';
import type Router from '@koa/router';
import { photoKeys } from '../photos/photo-keys.js';
import type { PhotoStore } from '../photos/photo-store.js';
import { unpublishedStatuses } from './request-documents.js';

/**
 * `GET /media/{sha256}.jpg`: the metadata-free public copy of a case photo, without signing in, for
 * Open311's media_url. Only the public copy (no EXIF, no location) is ever served here, and only
 * while some case holding the photo is not INVALID or VOID; the original and anything else is 404.
 * Browsers may keep it an hour (a case can still turn invalid).
 */
export function registerPublicMediaRoute(router: Router, deps: { prisma: PrismaClient; photoStore: PhotoStore }) {
  router.get('/media/:file', async (ctx) => {
    const sha256 = /^([0-9a-f]{64})\.jpg$/.exec(ctx.params.file ?? '')?.[1];
    const photo = sha256
      ? await deps.prisma.photo.findFirst({
          where: { sha256, case: { status: { notIn: [...unpublishedStatuses] } } },
          select: { sha256: true },
        })
      : null;
    const stored = photo ? await deps.photoStore.get(photoKeys(photo.sha256).publicKey) : null;
    if (!stored) {
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = 'Not found';
      return;
    }
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.type = stored.mimeType;
    ctx.body = Buffer.from(stored.bytes);
  });
}
