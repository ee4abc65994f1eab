import { builder } from '../../graphql/builder.js';
import { requireViewer } from '../auth/require-role.js';
import { adminActorOf } from './admin-actor.js';
import { DepartmentTypeEnum } from './catalog-enums.schema.js';
import { createDepartment, updateDepartment } from './department-service.js';
import { requireAreaByCode } from './require-area-by-code.js';

builder.prismaObject('Department', {
  description: 'A department that handles cases: a district bureau, a sub-team, a street office (街道办).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    code: t.exposeString('code', { description: 'Stable short code, unique (e.g. HP-LHSR, SO-310101002).' }),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    type: t.expose('type', { type: DepartmentTypeEnum }),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', { query: { orderBy: { code: 'asc' } } }),
    area: t.relation('area', {
      description: 'The area it serves (a district for bureaus, a street for street offices).',
    }),
    contactName: t.exposeString('contactName', { nullable: true }),
    contactPhone: t.exposeString('contactPhone', { nullable: true }),
    isActive: t.exposeBoolean('isActive'),
  }),
});

const CreateDepartmentInput = builder.inputType('CreateDepartmentInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'Letters, digits, - or _; unique; cannot change later.' }),
    name: t.string({ required: true }),
    nameEn: t.string(),
    type: t.field({ type: DepartmentTypeEnum, required: true }),
    parentId: t.int(),
    areaCode: t.string({ required: true, description: 'An existing area: 6, 9 or 12 digits.' }),
    contactName: t.string(),
    contactPhone: t.string(),
    isActive: t.boolean({ description: 'Default true.' }),
  }),
});

const UpdateDepartmentInput = builder.inputType('UpdateDepartmentInput', {
  description:
    'Omitted fields keep their value; null clears nameEn, parentId and the contacts. The code cannot change.',
  fields: (t) => ({
    id: t.int({ required: true }),
    name: t.string(),
    nameEn: t.string(),
    type: t.field({ type: DepartmentTypeEnum }),
    parentId: t.int({ description: 'Not the department itself nor one below it.' }),
    areaCode: t.string(),
    contactName: t.string(),
    contactPhone: t.string(),
    isActive: t.boolean({ description: 'Refused (IN_USE) while responsibility rules route to it.' }),
  }),
});

builder.queryFields((t) => ({
  departments: t.prismaField({
    type: ['Department'],
    description: 'Departments by code, optionally of one type or serving one area (any signed-in staff).',
    args: {
      type: t.arg({ type: DepartmentTypeEnum }),
      areaCode: t.arg.string(),
      activeOnly: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (query, _root, { type, areaCode, activeOnly }, { prisma, viewer }) => {
      requireViewer(viewer);
      const area = areaCode ? await requireAreaByCode(prisma, areaCode, 'areaCode') : null;
      return prisma.department.findMany({
        ...query,
        where: {
          ...(type ? { type } : {}),
          ...(area ? { areaId: area.id } : {}),
          ...(activeOnly ? { isActive: true } : {}),
        },
        orderBy: { code: 'asc' },
      });
    },
  }),
  department: t.prismaField({
    type: 'Department',
    nullable: true,
    args: { id: t.arg.int({ required: true }) },
    resolve: (query, _root, { id }, { prisma, viewer }) => {
      requireViewer(viewer);
      return prisma.department.findUnique({ ...query, where: { id } });
    },
  }),
}));

builder.mutationFields((t) => ({
  createDepartment: t.prismaField({
    type: 'Department',
    description:
      'ADMIN: adds a department (audited as CREATE_DEPARTMENT). Errors: BAD_REQUEST naming the field, NOT_FOUND for ' +
      'an unknown area or parent, CONFLICT (field code) when the code is taken.',
    args: { input: t.arg({ type: CreateDepartmentInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await createDepartment(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.department.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateDepartment: t.prismaField({
    type: 'Department',
    description:
      'ADMIN: edits a department (audited as UPDATE_DEPARTMENT with before/after). Errors: BAD_REQUEST (field ' +
      'parentId) for a parent that would make a cycle; IN_USE when deactivating one that rules route to.',
    args: { input: t.arg({ type: UpdateDepartmentInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await updateDepartment(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.department.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
