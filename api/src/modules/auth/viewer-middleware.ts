import type { PrismaClient } from '@gridloop/prisma';
import type { Middleware } from 'koa';
import type { Clock } from '../../clock.js';
import type { AuthSettings } from './auth-settings.js';
import { findViewerBySessionToken } from './find-viewer-by-session.js';
import { readSessionToken } from './request-session-token.js';
import { serializeClearedSessionCookie } from './session-cookie.js';
import type { Viewer } from './viewer.js';

/** What this middleware leaves in `ctx.state` for routes and for GraphQL. */
export interface ViewerState {
  viewer: Viewer | null;
}

export interface ResolveViewerDependencies {
  prisma: PrismaClient;
  clock: Clock;
  settings: AuthSettings;
}

/**
 * Resolves the viewer once per request, in front of the routes that can use one (/graphql and
 * protected routes; not the public map, health probes or static files, which would otherwise pay
 * a session query for every cookie-carrying request): from `Authorization: Bearer <token>` or the
 * session cookie, in one SQL statement. Requests without a token cost nothing. An unknown,
 * expired or revoked token is anonymous, not an error: the resolver or route that needs a viewer
 * says UNAUTHENTICATED (requireViewer / requireRole). A route without this middleware in front of
 * it sees no viewer (viewerOf answers null), so it can only be public.
 */
export function resolveViewer({ prisma, clock, settings }: ResolveViewerDependencies): Middleware<ViewerState> {
  return async (ctx, next) => {
    const found = readSessionToken({
      authorization: ctx.get('authorization') || undefined,
      cookie: ctx.get('cookie') || undefined,
    });
    const viewer = found
      ? await findViewerBySessionToken(prisma, { token: found.token, now: clock.now(), settings })
      : null;
    ctx.state.viewer = viewer;
    // A cookie naming a dead session would cost a lookup on every request: have the browser drop it.
    if (found?.source === 'cookie' && !viewer) {
      ctx.append('Set-Cookie', serializeClearedSessionCookie({ secure: ctx.secure }));
    }
    await next();
  };
}

/** The viewer resolved for this request; routes pass it to requireViewer / requireRole. */
export function viewerOf(ctx: { state: Partial<ViewerState> }): Viewer | null {
  return ctx.state.viewer ?? null;
}
