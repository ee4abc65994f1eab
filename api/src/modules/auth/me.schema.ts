import { builder } from '../../graphql/builder.js';
import { RoleEnum } from './role.schema.js';
import type { Viewer } from './viewer.js';

/** The signed-in user as they see themselves. Backed by the Viewer resolved for the request. */
export const MeRef = builder.objectRef<Viewer>('Me').implement({
  description: 'The signed-in user: who they are, what they may do and the area they are scoped to.',
  fields: (t) => ({
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    roles: t.field({ type: [RoleEnum], resolve: (viewer) => [...viewer.roles] }),
    beatCode: t.exposeString('beatCode', {
      nullable: true,
      description: 'Officers: the code of their beat (责任网格); verify and check tasks in it are theirs.',
    }),
    departmentId: t.exposeInt('departmentId', {
      nullable: true,
      description: 'Handlers: the department whose queue they work.',
    }),
    area: t.prismaField({
      type: 'Area',
      description: 'The area the user is scoped to: nothing outside it is visible to them.',
      resolve: (query, viewer, _args, { prisma }) =>
        prisma.area.findUniqueOrThrow({ ...query, where: { id: viewer.areaId } }),
    }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: MeRef,
    nullable: true,
    description: 'The signed-in user, or null when the request carries no valid session.',
    resolve: (_root, _args, { viewer }) => viewer,
  }),
);
