import { builder } from '../../graphql/builder.js';
import { MeRef } from './me.schema.js';
import { revokeSession } from './revoke-sessions.js';
import { type SignedIn, signIn } from './sign-in.js';

const SignInResultRef = builder.objectRef<SignedIn>('SignInResult').implement({
  description: 'A new session: the web app uses the cookie set with it, other clients the token.',
  fields: (t) => ({
    token: t.string({
      description:
        'The session token for `Authorization: Bearer <token>`. Shown once; the session idles out after ' +
        'SESSION_TTL_HOURS unused and ends after SESSION_MAX_HOURS in any case.',
      resolve: ({ session }) => session.token,
    }),
    me: t.field({ type: MeRef, resolve: ({ viewer }) => viewer }),
  }),
});

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInResultRef,
    description:
      'Signs in and sets the httpOnly session cookie. Wrong credentials: UNAUTHENTICATED (the same for an ' +
      'unknown username); too many failures for the account or address: TOO_MANY_ATTEMPTS with retryAfterSeconds.',
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, { username, password }, { prisma, clock, authSettings, http }) => {
      const signedIn = await signIn(prisma, {
        username,
        password,
        client: { ipAddress: http.clientIp, userAgent: http.userAgent },
        now: clock.now(),
        settings: authSettings,
      });
      http.setSessionCookie(signedIn.session.token, signedIn.session.cookieMaxAgeSeconds);
      return signedIn;
    },
  }),
  signOut: t.boolean({
    description: 'Ends the current session and clears the cookie. False when there was no session to end.',
    resolve: async (_root, _args, { prisma, clock, viewer, http }) => {
      http.clearSessionCookie();
      if (!viewer) return false;
      return revokeSession(prisma, {
        sessionId: viewer.sessionId,
        actorId: viewer.userId,
        now: clock.now(),
        ipAddress: http.clientIp,
      });
    },
  }),
}));
