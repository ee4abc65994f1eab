import type { PrismaClient } from '@gridloop/prisma';
import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { DomainError } from '../../errors/domain-error.js';
import { requireViewer } from '../auth/require-role.js';
import { viewerOf } from '../auth/viewer-middleware.js';
import { caseVisibilityOf, visibleCaseWhere } from '../cases/case-visibility.js';
import { photoKeys } from './photo-keys.js';
import type { PhotoStore } from './photo-store.js';

const variants = ['thumb', 'public', 'original'] as const;
type PhotoVariant = (typeof variants)[number];

export interface PhotoRouteDependencies {
  prisma: PrismaClient;
  photoStore: PhotoStore;
  withViewer: Middleware;
}

/**
 * `GET /photos/:id/:variant` (thumb | public | original) for signed-in staff who can see the photo's
 * case; anyone else gets 404, as if it did not exist. The original keeps its EXIF (evidence, location)
 * and is for these staff views only; the public copy and thumbnail carry no metadata. Content never
 * changes under a key, so browsers may keep it for a year (privately: it is not public data).
 */
export function registerPhotoRoutes(router: Router, { prisma, photoStore, withViewer }: PhotoRouteDependencies) {
  router.get('/photos/:id/:variant', withViewer, async (ctx) => {
    const viewer = requireViewer(viewerOf(ctx));
    const variant = parseVariant(ctx.params.variant ?? '');
    const id = Number(ctx.params.id);
    const photo = Number.isSafeInteger(id)
      ? await prisma.photo.findFirst({
          where: { id, case: visibleCaseWhere(caseVisibilityOf(viewer)) },
          select: { sha256: true },
        })
      : null;
    const stored = photo ? await photoStore.get(keyOf(photo.sha256, variant)) : null;
    if (!stored) throw new DomainError('NOT_FOUND', `Photo ${ctx.params.id} does not exist.`);
    ctx.set('Cache-Control', 'private, max-age=31536000, immutable');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.type = stored.mimeType;
    ctx.body = Buffer.from(stored.bytes);
  });
}

function parseVariant(text: string): PhotoVariant {
  const variant = variants.find((known) => known === text);
  if (!variant) throw new DomainError('NOT_FOUND', `Unknown photo variant ${text}; use thumb, public or original.`);
  return variant;
}

function keyOf(sha256: string, variant: PhotoVariant): string {
  const keys = photoKeys(sha256);
  return variant === 'thumb' ? keys.thumbnailKey : variant === 'public' ? keys.publicKey : keys.originalKey;
}
