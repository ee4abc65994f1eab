import { builder } from '../../graphql/builder.js';
import { requireRole } from '../auth/require-role.js';
import { RoleEnum } from '../auth/role.schema.js';
import { adminActorOf } from './admin-actor.js';
import { requireIntInRange } from './admin-input.js';
import { requireAreaByCode } from './require-area-by-code.js';
import { deactivateUser, setUserPassword } from './user-access-service.js';
import { createUser, updateUser } from './user-admin-service.js';

/**
 * The admin's view of a user (a variant of the User model, so a public `User` type can exist
 * beside it). The password hash is never a field.
 */
export const UserAccountRef = builder.prismaObject('User', {
  variant: 'UserAccount',
  description: 'A person who signs in, as admins manage them: roles and scope. Never exposes the password hash.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    roles: t.field({ type: [RoleEnum], resolve: (user) => user.roles }),
    area: t.relation('area', { description: 'The area the user is scoped to.' }),
    department: t.relation('department', {
      nullable: true,
      description: 'Handlers: the department whose queue they work.',
    }),
    beatCode: t.exposeString('beatCode', { nullable: true, description: 'Officers: their beat (责任网格) code.' }),
    isActive: t.exposeBoolean('isActive'),
    createdAt: t.string({ description: 'ISO 8601, UTC.', resolve: (user) => user.createdAt.toISOString() }),
  }),
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    username: t.string({ required: true, description: 'Letters, digits, . _ @ -; 2-64; unique.' }),
    displayName: t.string({ required: true }),
    password: t.string({ required: true, description: 'At least 10 characters.' }),
    roles: t.field({ type: [RoleEnum], required: true, description: 'At least one.' }),
    areaCode: t.string({ required: true, description: 'An existing city, district, street or community code.' }),
    departmentId: t.int({ description: 'Required for HANDLER, refused otherwise.' }),
    beatCode: t.string({ description: 'OFFICER only: a current responsibility grid inside the area.' }),
    isActive: t.boolean({ description: 'Default true.' }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  description: 'Omitted fields keep their value; null clears departmentId and beatCode. The username cannot change.',
  fields: (t) => ({
    id: t.int({ required: true }),
    displayName: t.string(),
    roles: t.field({ type: [RoleEnum] }),
    areaCode: t.string(),
    departmentId: t.int(),
    beatCode: t.string(),
    isActive: t.boolean({ description: 'False also ends the user’s sessions.' }),
  }),
});

const maxUsers = 1000;

builder.queryFields((t) => ({
  userAccounts: t.prismaField({
    type: [UserAccountRef],
    description: `Users by username (ADMIN), optionally by role, area or activity; at most ${maxUsers}.`,
    args: {
      role: t.arg({ type: RoleEnum }),
      areaCode: t.arg.string(),
      activeOnly: t.arg.boolean({ defaultValue: false }),
      limit: t.arg.int({ defaultValue: 200 }),
    },
    resolve: async (query, _root, { role, areaCode, activeOnly, limit }, { prisma, viewer }) => {
      requireRole(viewer, 'ADMIN');
      const take = requireIntInRange(limit ?? 200, 'limit', 1, maxUsers);
      const area = areaCode ? await requireAreaByCode(prisma, areaCode, 'areaCode') : null;
      return prisma.user.findMany({
        ...query,
        where: {
          ...(role ? { roles: { has: role } } : {}),
          ...(area ? { areaId: area.id } : {}),
          ...(activeOnly ? { isActive: true } : {}),
        },
        orderBy: { username: 'asc' },
        take,
      });
    },
  }),
  userAccount: t.prismaField({
    type: UserAccountRef,
    nullable: true,
    description: 'One user by id (ADMIN).',
    args: { id: t.arg.int({ required: true }) },
    resolve: (query, _root, { id }, { prisma, viewer }) => {
      requireRole(viewer, 'ADMIN');
      return prisma.user.findUnique({ ...query, where: { id } });
    },
  }),
}));

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: UserAccountRef,
    description:
      'ADMIN: adds a user (audited as CREATE_USER). Errors: BAD_REQUEST naming the field (no roles, a handler without ' +
      'a department, a beat outside the area, a password under 10 characters…), NOT_FOUND for an unknown area, ' +
      'department or beat, CONFLICT (field username) when the username is taken.',
    args: { input: t.arg({ type: CreateUserInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await createUser(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateUser: t.prismaField({
    type: UserAccountRef,
    description: 'ADMIN: edits a user’s name, roles, scope or activity (UPDATE_USER with before/after).',
    args: { input: t.arg({ type: UpdateUserInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await updateUser(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  setUserPassword: t.boolean({
    description:
      'ADMIN: sets a user’s password (at least 10 characters) and ends all their sessions (SET_USER_PASSWORD).',
    args: { id: t.arg.int({ required: true }), password: t.arg.string({ required: true }), reason: t.arg.string() },
    resolve: async (_root, { id, password, reason }, context) => {
      await setUserPassword(context.prisma, adminActorOf(context, reason), { id, password });
      return true;
    },
  }),
  deactivateUser: t.prismaField({
    type: UserAccountRef,
    description: 'ADMIN: deactivates a user and ends their sessions (DEACTIVATE_USER). Not yourself.',
    args: { id: t.arg.int({ required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { id, reason }, context) => {
      await deactivateUser(context.prisma, adminActorOf(context, reason), id);
      return context.prisma.user.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
