import { builder } from '../../graphql/builder.js';
import { requireRole } from '../auth/require-role.js';
import { adminActorOf } from './admin-actor.js';
import { requireIntInRange } from './admin-input.js';
import { deleteResponsibilityRule, setResponsibilityRule } from './responsibility-rule-service.js';
import { UserAccountRef } from './user-account.schema.js';

builder.prismaObject('ResponsibilityRule', {
  description:
    'One cell of the responsibility matrix: a class in an area goes to a department. The most specific area wins ' +
    '(unit grid 15 > community 12 > street 9 > district 6 digits), then a minor class over its major.',
  fields: (t) => ({
    id: t.exposeInt('id'),
    category: t.relation('category', { description: 'A minor class, or a major class for all its minors.' }),
    areaCode: t.exposeString('areaCode', { description: 'District, street, community or unit grid code.' }),
    department: t.relation('department'),
    note: t.exposeString('note', { nullable: true }),
    createdBy: t.relation('createdBy', { type: UserAccountRef, nullable: true }),
    updatedAt: t.string({ description: 'ISO 8601, UTC.', resolve: (rule) => rule.updatedAt.toISOString() }),
  }),
});

const maxRules = 5000;

builder.queryField('responsibilityRules', (t) =>
  t.prismaField({
    type: ['ResponsibilityRule'],
    description: `The responsibility matrix by area code and class (ADMIN), optionally filtered; at most ${maxRules}.`,
    args: {
      categoryId: t.arg.int(),
      areaCodePrefix: t.arg.string({ description: 'Rules of this area and every area below it.' }),
      departmentId: t.arg.int(),
      limit: t.arg.int({ defaultValue: 1000 }),
    },
    resolve: (query, _root, { categoryId, areaCodePrefix, departmentId, limit }, { prisma, viewer }) => {
      requireRole(viewer, 'ADMIN');
      const take = requireIntInRange(limit ?? 1000, 'limit', 1, maxRules);
      return prisma.responsibilityRule.findMany({
        ...query,
        where: {
          ...(categoryId != null ? { categoryId } : {}),
          ...(areaCodePrefix ? { areaCode: { startsWith: areaCodePrefix } } : {}),
          ...(departmentId != null ? { departmentId } : {}),
        },
        orderBy: [{ areaCode: 'asc' }, { categoryId: 'asc' }],
        take,
      });
    },
  }),
);

builder.mutationFields((t) => ({
  setResponsibilityRule: t.prismaField({
    type: 'ResponsibilityRule',
    description:
      'ADMIN: routes a class in an area to a department, creating or changing the rule for (class, area) ' +
      '(SET_RESPONSIBILITY_RULE with before/after). Errors: BAD_REQUEST (areaCode) for a malformed code, NOT_FOUND ' +
      '(areaCode) for no such area or current unit grid, BAD_REQUEST (departmentId) for an inactive department.',
    args: {
      categoryId: t.arg.int({ required: true }),
      areaCode: t.arg.string({ required: true }),
      departmentId: t.arg.int({ required: true }),
      note: t.arg.string(),
      reason: t.arg.string(),
    },
    resolve: async (query, _root, { reason, ...input }, context) => {
      const id = await setResponsibilityRule(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.responsibilityRule.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  deleteResponsibilityRule: t.boolean({
    description: 'ADMIN: removes a rule (DELETE_RESPONSIBILITY_RULE); the next less specific rule applies.',
    args: { id: t.arg.int({ required: true }), reason: t.arg.string() },
    resolve: async (_root, { id, reason }, context) => {
      await deleteResponsibilityRule(context.prisma, adminActorOf(context, reason), id);
      return true;
    },
  }),
}));
