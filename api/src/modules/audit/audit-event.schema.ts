import { DomainError } from '../../errors/domain-error.js';
import { builder } from '../../graphql/builder.js';
import { requireRole } from '../auth/require-role.js';

builder.prismaObject('AuditEvent', {
  description: 'One entry of the append-only audit log: who did what to which thing, when and why.',
  fields: (t) => ({
    id: t.id({ resolve: (event) => event.id.toString() }),
    action: t.exposeString('action', { description: 'SIGN_IN, SIGN_OUT, REVOKE_SESSIONS…' }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    details: t.expose('details', { type: 'JSON' }),
    createdAt: t.string({ description: 'ISO 8601, UTC.', resolve: (event) => event.createdAt.toISOString() }),
    actorUsername: t.string({
      nullable: true,
      description: 'Who acted; null for the system.',
      select: { actor: { select: { username: true } } },
      resolve: (event) => event.actor?.username ?? null,
    }),
  }),
});

const maxAuditEvents = 200;

builder.queryField('auditEvents', (t) =>
  t.prismaField({
    type: ['AuditEvent'],
    description: `The latest audit events, newest first (ADMIN only; at most ${maxAuditEvents}).`,
    args: { limit: t.arg.int({ defaultValue: 50 }) },
    resolve: (query, _root, { limit }, { prisma, viewer }) => {
      requireRole(viewer, 'ADMIN');
      const take = limit ?? 50;
      if (!Number.isInteger(take) || take < 1 || take > maxAuditEvents) {
        throw new DomainError('BAD_REQUEST', `limit must be between 1 and ${maxAuditEvents}, got ${take}.`, {
          field: 'limit',
        });
      }
      return prisma.auditEvent.findMany({ ...query, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take });
    },
  }),
);
