import { builder } from '../../graphql/builder.js';
import { requireRole, requireViewer } from '../auth/require-role.js';
import { adminActorOf } from './admin-actor.js';
import { requireIntInRange } from './admin-input.js';
import { forgetComponentPoint, loadComponentPoint } from './component-point-loader.js';
import { createComponent, updateComponent } from './component-service.js';
import { componentIdsInBox, type LngLatBoxInput, toLngLatBox } from './components-in-box.js';

/** The point column is NOT NULL, so a missing one means the row vanished mid-request (masked as internal). */
async function pointOf(context: Parameters<typeof loadComponentPoint>[0], id: number) {
  const point = await loadComponentPoint(context, id);
  if (!point) throw new Error(`component ${id} has no point`);
  return point;
}

builder.prismaObject('Component', {
  description: '部件: one fixed asset of the inventory (a manhole cover, a street light…), by its 16-digit ID.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code', { description: '16 digits: 6 district + 2 major + 2 minor + 6 serial.' }),
    category: t.relation('category'),
    area: t.relation('area', { description: 'The district whose code starts the component code.' }),
    name: t.exposeString('name', { nullable: true }),
    lng: t.float({
      description: 'Longitude, WGS84 degrees.',
      resolve: async (component, _args, context) => (await pointOf(context, component.id)).lng,
    }),
    lat: t.float({
      description: 'Latitude, WGS84 degrees.',
      resolve: async (component, _args, context) => (await pointOf(context, component.id)).lat,
    }),
    ownerDepartment: t.relation('ownerDepartment', { nullable: true }),
    isActive: t.exposeBoolean('isActive'),
  }),
});

const CreateComponentInput = builder.inputType('CreateComponentInput', {
  fields: (t) => ({
    code: t.string({
      required: true,
      description: '16 digits: an existing district code, the class’s 4-digit code, a serial 000001-999999.',
    }),
    categoryId: t.int({ required: true, description: 'A component minor class (部件小类).' }),
    lng: t.float({ required: true, description: 'WGS84.' }),
    lat: t.float({ required: true, description: 'WGS84.' }),
    name: t.string(),
    ownerDepartmentId: t.int(),
    isActive: t.boolean({ description: 'Default true.' }),
  }),
});

const UpdateComponentInput = builder.inputType('UpdateComponentInput', {
  description: 'Omitted fields keep their value; null clears name and owner. The code (identity) cannot change.',
  fields: (t) => ({
    id: t.int({ required: true }),
    name: t.string(),
    lng: t.float({ description: 'With lat: moves the component.' }),
    lat: t.float(),
    ownerDepartmentId: t.int(),
    isActive: t.boolean(),
  }),
});

const maxComponents = 1000;

builder.queryFields((t) => ({
  component: t.prismaField({
    type: 'Component',
    nullable: true,
    description: 'One component by its 16-digit code (any signed-in user: officers report against it).',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, { prisma, viewer }) => {
      requireViewer(viewer);
      return prisma.component.findUnique({ ...query, where: { code } });
    },
  }),
  components: t.prismaField({
    type: ['Component'],
    description:
      `Components by code, at most \`limit\` (default 200, at most ${maxComponents}). Within a WGS84 box (west, ` +
      'south, east, north, all four) for any signed-in user; without a box for ADMIN only.',
    args: {
      west: t.arg.float(),
      south: t.arg.float(),
      east: t.arg.float(),
      north: t.arg.float(),
      categoryId: t.arg.int(),
      limit: t.arg.int({ defaultValue: 200 }),
    },
    resolve: async (query, _root, args, { prisma, viewer }) => {
      const box = toLngLatBox(args as LngLatBoxInput);
      if (box) requireViewer(viewer);
      else requireRole(viewer, 'ADMIN');
      const take = requireIntInRange(args.limit ?? 200, 'limit', 1, maxComponents);
      const categoryId = args.categoryId ?? null;
      const where = box
        ? { id: { in: await componentIdsInBox(prisma, { box, categoryId, limit: take }) } }
        : categoryId === null
          ? {}
          : { categoryId };
      return prisma.component.findMany({ ...query, where, orderBy: { code: 'asc' }, take });
    },
  }),
}));

builder.mutationFields((t) => ({
  createComponent: t.prismaField({
    type: 'Component',
    description:
      'ADMIN: adds a component (audited as CREATE_COMPONENT). Errors: BAD_REQUEST (field code) for a malformed ID, ' +
      'an area part that is no existing district or a class part other than the class’s code; BAD_REQUEST (field ' +
      'point) for an invalid point; CONFLICT (field code) when the ID exists.',
    args: { input: t.arg({ type: CreateComponentInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await createComponent(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.component.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateComponent: t.prismaField({
    type: 'Component',
    description: 'ADMIN: renames, moves, reassigns or (de)activates a component (UPDATE_COMPONENT, before/after).',
    args: { input: t.arg({ type: UpdateComponentInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await updateComponent(context.prisma, adminActorOf(context, reason), input);
      forgetComponentPoint(context, id);
      return context.prisma.component.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
