import { DomainError } from '../../errors/domain-error.js';
import { builder } from '../../graphql/builder.js';
import { requireViewer } from '../auth/require-role.js';
import { CaseSourceEnum, CaseStatusEnum, DeadlineLightEnum } from './case-enums.schema.js';
import { caseQueues, caseQueueWhere } from './case-queue-where.js';
import { caseVisibilityOf, visibleCaseWhere } from './case-visibility.js';

const CaseQueueEnum = builder.enumType('CaseQueue', {
  values: caseQueues,
  description:
    'VERIFY_TASKS / CHECK_TASKS (officers, in their beat), TO_ACCEPT (operators), TO_FILE and TO_CLOSE (shift ' +
    'leaders), TO_DISPATCH and APPROVALS (dispatchers), TO_HANDLE (departments), PARKED, OVERDUE, OPEN, ALL.',
});

const CaseFilterInput = builder.inputType('CaseFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [CaseStatusEnum] }),
    categoryIds: t.intList(),
    areaCode: t.string({ description: 'District, street, community or unit grid code.' }),
    departmentId: t.int(),
    source: t.field({ type: CaseSourceEnum }),
    light: t.field({ type: DeadlineLightEnum }),
    search: t.string({ description: 'A case code (or its start), or words of the address or description.' }),
  }),
});

const maxPageSize = 100;

builder.queryFields((t) => ({
  cases: t.prismaField({
    type: ['Case'],
    description:
      'A work queue for the viewer’s role and scope, soonest deadline first (cases without a running clock ' +
      'last). Page with `after` = the id of the last case received; fewer than `first` means the end. Cases ' +
      'outside the viewer’s area (or department, for handlers) never appear.',
    args: {
      queue: t.arg({ type: CaseQueueEnum, defaultValue: 'OPEN' }),
      filter: t.arg({ type: CaseFilterInput }),
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.id(),
    },
    resolve: (query, _root, { queue, filter, first, after }, { prisma, viewer, clock }) => {
      const signedIn = requireViewer(viewer);
      const take = first ?? 20;
      if (!Number.isInteger(take) || take < 1 || take > maxPageSize) {
        throw new DomainError('BAD_REQUEST', `first must be between 1 and ${maxPageSize}.`, { field: 'first' });
      }
      const cursor = after == null ? undefined : Number(after);
      if (cursor !== undefined && !Number.isSafeInteger(cursor)) {
        throw new DomainError('BAD_REQUEST', 'after must be the id of a case from the previous page.', {
          field: 'after',
        });
      }
      if (filter?.search && filter.search.length > 100) {
        throw new DomainError('BAD_REQUEST', 'search is longer than 100 characters.', { field: 'search' });
      }
      return prisma.case.findMany({
        ...query,
        where: caseQueueWhere(signedIn, queue ?? 'OPEN', filter ?? {}, clock.now()),
        orderBy: [{ stepDeadlineAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
        take,
        ...(cursor !== undefined && { cursor: { id: cursor }, skip: 1 }),
      });
    },
  }),
  caseCount: t.int({
    description: 'How many cases a queue holds for the viewer (badges).',
    args: { queue: t.arg({ type: CaseQueueEnum, required: true }), filter: t.arg({ type: CaseFilterInput }) },
    resolve: (_root, { queue, filter }, { prisma, viewer, clock }) =>
      prisma.case.count({ where: caseQueueWhere(requireViewer(viewer), queue, filter ?? {}, clock.now()) }),
  }),
  case: t.prismaField({
    type: 'Case',
    description: 'One case by id or code, if the viewer may see it (NOT_FOUND otherwise, whether it exists or not).',
    args: { id: t.arg.id(), code: t.arg.string() },
    resolve: async (query, _root, { id, code }, { prisma, viewer }) => {
      const visibility = caseVisibilityOf(requireViewer(viewer));
      const numericId = id == null ? undefined : Number(id);
      if (
        (numericId === undefined) === (code == null) ||
        (numericId !== undefined && !Number.isSafeInteger(numericId))
      ) {
        throw new DomainError('BAD_REQUEST', 'Give exactly one of id (a number) or code.', { field: 'id' });
      }
      const found = await prisma.case.findFirst({
        ...query,
        where: {
          ...(numericId !== undefined ? { id: numericId } : { code: code ?? '' }),
          ...visibleCaseWhere(visibility),
        },
      });
      if (!found) throw new DomainError('NOT_FOUND', `Case ${id ?? code} does not exist.`);
      return found;
    },
  }),
}));
