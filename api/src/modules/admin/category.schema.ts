import { builder } from '../../graphql/builder.js';
import { requireViewer } from '../auth/require-role.js';
import { adminActorOf } from './admin-actor.js';
import { CategoryKindEnum, CategoryLevelEnum } from './catalog-enums.schema.js';
import { createCategory, updateCategory } from './category-service.js';

builder.prismaObject('Category', {
  description: 'A class of the category tree: a major (大类) or a minor (小类) of components (部件) or events (事件).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    kind: t.expose('kind', { type: CategoryKindEnum }),
    level: t.expose('level', { type: CategoryLevelEnum }),
    code: t.exposeString('code', { description: '2 digits for a major class, 4 for a minor (its major’s 2 + 2).' }),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    isActive: t.exposeBoolean('isActive', { description: 'Inactive classes are kept for old cases, not offered.' }),
    parent: t.relation('parent', { nullable: true, description: 'The major class of a minor; null for a major.' }),
    children: t.relation('children', {
      description: 'The minor classes of a major, by code.',
      args: { activeOnly: t.arg.boolean({ defaultValue: false }) },
      query: ({ activeOnly }) => ({ where: activeOnly ? { isActive: true } : {}, orderBy: { code: 'asc' } }),
    }),
    conditions: t.relation('conditions', {
      description: '立案条件 of a minor class, by code.',
      args: { activeOnly: t.arg.boolean({ defaultValue: false }) },
      query: ({ activeOnly }) => ({ where: activeOnly ? { isActive: true } : {}, orderBy: { code: 'asc' } }),
    }),
  }),
});

const CreateCategoryInput = builder.inputType('CreateCategoryInput', {
  fields: (t) => ({
    kind: t.field({ type: CategoryKindEnum, required: true }),
    code: t.string({
      required: true,
      description:
        '2 digits (01-99) for a major class; 4 for a minor, whose first 2 name an existing major of its kind.',
    }),
    name: t.string({ required: true }),
    nameEn: t.string(),
  }),
});

const UpdateCategoryInput = builder.inputType('UpdateCategoryInput', {
  description: 'Omitted fields keep their value; the code cannot change (cases, components and rules carry it).',
  fields: (t) => ({
    id: t.int({ required: true }),
    name: t.string(),
    nameEn: t.string({ description: 'Null or blank clears it.' }),
    isActive: t.boolean(),
  }),
});

builder.queryFields((t) => ({
  categories: t.prismaField({
    type: ['Category'],
    description:
      'The category tree: major classes by kind and code, their minors under `children`, the filing conditions ' +
      'under `conditions`. Any signed-in user (officers pick from it). activeOnly filters the majors; pass it to ' +
      '`children` and `conditions` too for a picker.',
    args: { kind: t.arg({ type: CategoryKindEnum }), activeOnly: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, { kind, activeOnly }, { prisma, viewer }) => {
      requireViewer(viewer);
      return prisma.category.findMany({
        ...query,
        where: { level: 'MAJOR', ...(kind ? { kind } : {}), ...(activeOnly ? { isActive: true } : {}) },
        orderBy: [{ kind: 'asc' }, { code: 'asc' }],
      });
    },
  }),
  category: t.prismaField({
    type: 'Category',
    nullable: true,
    description: 'One class by id (any signed-in user).',
    args: { id: t.arg.int({ required: true }) },
    resolve: (query, _root, { id }, { prisma, viewer }) => {
      requireViewer(viewer);
      return prisma.category.findUnique({ ...query, where: { id } });
    },
  }),
}));

builder.mutationFields((t) => ({
  createCategory: t.prismaField({
    type: 'Category',
    description:
      'ADMIN: adds a major or minor class (audited as CREATE_CATEGORY). Errors: BAD_REQUEST for a malformed code or ' +
      'a minor without its major; CONFLICT (field code) when the kind already has the code.',
    args: { input: t.arg({ type: CreateCategoryInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await createCategory(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.category.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateCategory: t.prismaField({
    type: 'Category',
    description: 'ADMIN: renames or (de)activates a class (audited as UPDATE_CATEGORY with before/after).',
    args: { input: t.arg({ type: UpdateCategoryInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await updateCategory(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.category.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
