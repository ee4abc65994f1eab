import { builder } from '../../graphql/builder.js';
import { requireViewer } from '../auth/require-role.js';
import { adminActorOf } from './admin-actor.js';
import { DepartmentTypeEnum, TimeLimitUnitEnum } from './catalog-enums.schema.js';
import { createFilingCondition, updateFilingCondition } from './filing-condition-service.js';

builder.prismaObject('FilingCondition', {
  description:
    '立案条件: when a minor class becomes a case, its handling time limit (处置时限) and its closing condition (结案条件).',
  fields: (t) => ({
    id: t.exposeInt('id'),
    category: t.relation('category'),
    code: t.exposeString('code', { description: '2 digits, unique within the minor class.' }),
    description: t.exposeString('description'),
    closingCondition: t.exposeString('closingCondition'),
    timeLimitAmount: t.exposeFloat('timeLimitAmount'),
    timeLimitUnit: t.expose('timeLimitUnit', { type: TimeLimitUnitEnum }),
    departmentType: t.expose('departmentType', {
      type: DepartmentTypeEnum,
      nullable: true,
      description: 'The kind of department that usually handles it (routing falls back on it).',
    }),
    requiresPhoto: t.exposeBoolean('requiresPhoto'),
    duplicateRadiusM: t.exposeInt('duplicateRadiusM', {
      description: 'Open cases of the class within this many metres are offered as duplicates.',
    }),
    duplicateWindowHours: t.exposeInt('duplicateWindowHours'),
    isActive: t.exposeBoolean('isActive'),
  }),
});

const CreateFilingConditionInput = builder.inputType('CreateFilingConditionInput', {
  fields: (t) => ({
    categoryId: t.int({ required: true, description: 'A minor class.' }),
    code: t.string({ required: true, description: '2 digits, 01-99, unique within the class.' }),
    description: t.string({ required: true }),
    closingCondition: t.string({ required: true }),
    timeLimitAmount: t.float({ required: true, description: 'Above 0.' }),
    timeLimitUnit: t.field({ type: TimeLimitUnitEnum, required: true }),
    departmentType: t.field({ type: DepartmentTypeEnum }),
    requiresPhoto: t.boolean({ description: 'Default true.' }),
    duplicateRadiusM: t.int({ description: '0-5000, default 50.' }),
    duplicateWindowHours: t.int({ description: '0-8760, default 72.' }),
    isActive: t.boolean({ description: 'Default true.' }),
  }),
});

const UpdateFilingConditionInput = builder.inputType('UpdateFilingConditionInput', {
  description: 'Omitted fields keep their value; the class and the code cannot change. Filed cases keep their limit.',
  fields: (t) => ({
    id: t.int({ required: true }),
    description: t.string(),
    closingCondition: t.string(),
    timeLimitAmount: t.float(),
    timeLimitUnit: t.field({ type: TimeLimitUnitEnum }),
    departmentType: t.field({ type: DepartmentTypeEnum, description: 'Null clears it.' }),
    requiresPhoto: t.boolean(),
    duplicateRadiusM: t.int(),
    duplicateWindowHours: t.int(),
    isActive: t.boolean(),
  }),
});

builder.queryField('filingConditions', (t) =>
  t.prismaField({
    type: ['FilingCondition'],
    description: 'The filing conditions of a minor class, by code (any signed-in user).',
    args: { categoryId: t.arg.int({ required: true }), activeOnly: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, { categoryId, activeOnly }, { prisma, viewer }) => {
      requireViewer(viewer);
      return prisma.filingCondition.findMany({
        ...query,
        where: { categoryId, ...(activeOnly ? { isActive: true } : {}) },
        orderBy: { code: 'asc' },
      });
    },
  }),
);

builder.mutationFields((t) => ({
  createFilingCondition: t.prismaField({
    type: 'FilingCondition',
    description:
      'ADMIN: adds a filing condition to a minor class (audited as CREATE_FILING_CONDITION). Errors: BAD_REQUEST ' +
      'naming the field, NOT_FOUND for an unknown class, CONFLICT (field code) when the class has the code.',
    args: { input: t.arg({ type: CreateFilingConditionInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await createFilingCondition(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.filingCondition.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateFilingCondition: t.prismaField({
    type: 'FilingCondition',
    description: 'ADMIN: edits a filing condition (audited as UPDATE_FILING_CONDITION with before/after).',
    args: { input: t.arg({ type: UpdateFilingConditionInput, required: true }), reason: t.arg.string() },
    resolve: async (query, _root, { input, reason }, context) => {
      const id = await updateFilingCondition(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.filingCondition.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
