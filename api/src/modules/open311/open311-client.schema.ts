import { builder } from '../../graphql/builder.js';
import { adminActorOf } from '../admin/admin-actor.js';
import { requireRole } from '../auth/require-role.js';
import { createOpen311Client, revokeOpen311Client } from './open311-client-service.js';
import { setOpen311Webhook } from './open311-webhook-service.js';

builder.prismaObject('Open311Client', {
  description:
    'A client system allowed to POST Open311 GeoReport v2 requests at /open311/v2 (an app, a hotline bridge…). ' +
    'Its key is shown once at creation; only a hash is kept.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    name: t.exposeString('name'),
    area: t.relation('area', { description: 'Its requests must lie in this area.' }),
    rateLimitPerMinute: t.exposeInt('rateLimitPerMinute'),
    createdAt: t.string({ description: 'ISO 8601, UTC.', resolve: (client) => client.createdAt.toISOString() }),
    revokedAt: t.string({
      nullable: true,
      description: 'ISO 8601, UTC; null while the key works.',
      resolve: (client) => client.revokedAt?.toISOString() ?? null,
    }),
    webhookUrl: t.exposeString('webhookUrl', {
      nullable: true,
      description:
        'Where the status changes of its requests are POSTed, signed with its secret (docs/12345-bridge.md); ' +
        'null when it polls GET requests instead.',
    }),
  }),
});

const Open311ClientWebhookRef = builder
  .objectRef<{ id: number; secret: string | null }>('Open311ClientWebhook')
  .implement({
    description: 'A client after its webhook changed, and its signing secret when a new one was issued.',
    fields: (t) => ({
      secret: t.exposeString('secret', {
        nullable: true,
        description:
          'The new signing secret, shown only here: hand it to the receiving system. Null when the ' +
          'secret did not change.',
      }),
      client: t.prismaField({
        type: 'Open311Client',
        resolve: (query, changed, _args, { prisma }) =>
          prisma.open311Client.findUniqueOrThrow({ ...query, where: { id: changed.id } }),
      }),
    }),
  });

const CreatedOpen311ClientRef = builder.objectRef<{ id: number; apiKey: string }>('CreatedOpen311Client').implement({
  description: 'A new client and its API key: store the key now, it is never shown again.',
  fields: (t) => ({
    apiKey: t.exposeString('apiKey'),
    client: t.prismaField({
      type: 'Open311Client',
      resolve: (query, created, _args, { prisma }) =>
        prisma.open311Client.findUniqueOrThrow({ ...query, where: { id: created.id } }),
    }),
  }),
});

builder.queryField('open311Clients', (t) =>
  t.prismaField({
    type: ['Open311Client'],
    description: 'ADMIN: the Open311 client systems, newest first, revoked ones included.',
    resolve: (query, _root, _args, { prisma, viewer }) => {
      requireRole(viewer, 'ADMIN');
      return prisma.open311Client.findMany({ ...query, orderBy: { id: 'desc' } });
    },
  }),
);

builder.mutationFields((t) => ({
  createOpen311Client: t.field({
    type: CreatedOpen311ClientRef,
    description:
      'ADMIN: registers a client system and issues its API key, returned only here (audited as ' +
      'CREATE_OPEN311_CLIENT). Errors: BAD_REQUEST naming the field, NOT_FOUND for an unknown area.',
    args: {
      name: t.arg.string({ required: true }),
      areaCode: t.arg.string({
        required: true,
        description: 'The city, district, street or community its requests must lie in.',
      }),
      rateLimitPerMinute: t.arg.int({ required: true, description: 'POSTs allowed per clock minute (1-100000).' }),
      reason: t.arg.string(),
    },
    resolve: (_root, { name, areaCode, rateLimitPerMinute, reason }, context) =>
      createOpen311Client(context.prisma, adminActorOf(context, reason), { name, areaCode, rateLimitPerMinute }),
  }),
  revokeOpen311Client: t.prismaField({
    type: 'Open311Client',
    description:
      'ADMIN: revokes a client’s key for good; its next POST gets 403 (audited as REVOKE_OPEN311_CLIENT). ' +
      'Errors: NOT_FOUND.',
    args: { id: t.arg.int({ required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { id, reason }, context) => {
      const revoked = await revokeOpen311Client(context.prisma, adminActorOf(context, reason), id);
      return context.prisma.open311Client.findUniqueOrThrow({ ...query, where: { id: revoked } });
    },
  }),
  setOpen311ClientWebhook: t.field({
    type: Open311ClientWebhookRef,
    description:
      'ADMIN: sets where the status changes of a client’s requests are POSTed (url omitted keeps it), or turns ' +
      'it off with a null url. The first url, or rotateSecret, issues a new signing secret, returned only here (audited as ' +
      'SET_OPEN311_CLIENT_WEBHOOK, never with the secret). Errors: BAD_REQUEST naming the field (url not ' +
      'http(s), with credentials or too long; a revoked client), NOT_FOUND.',
    args: {
      id: t.arg.int({ required: true }),
      url: t.arg.string({
        description: 'An absolute https (or http) URL; null or blank turns the webhook off; omitted keeps it.',
      }),
      rotateSecret: t.arg.boolean({ description: 'Issue a new secret even if the client has one.' }),
      reason: t.arg.string(),
    },
    resolve: (_root, { id, url, rotateSecret, reason }, context) =>
      setOpen311Webhook(context.prisma, adminActorOf(context, reason), {
        id,
        url,
        rotateSecret: rotateSecret ?? false,
      }),
  }),
}));
