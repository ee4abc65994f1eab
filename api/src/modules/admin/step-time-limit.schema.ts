import { builder } from '../../graphql/builder.js';
import { requireRole } from '../auth/require-role.js';
import { adminActorOf } from './admin-actor.js';
import { CaseStepEnum, TimeLimitUnitEnum } from './catalog-enums.schema.js';
import { setStepTimeLimit } from './step-time-limit-service.js';

builder.prismaObject('StepTimeLimit', {
  description: 'The time limit of one step of the loop but handling (whose limit is the filing condition’s).',
  fields: (t) => ({
    step: t.expose('step', { type: CaseStepEnum }),
    amount: t.exposeFloat('amount'),
    unit: t.expose('unit', { type: TimeLimitUnitEnum }),
    updatedAt: t.string({ description: 'ISO 8601, UTC.', resolve: (limit) => limit.updatedAt.toISOString() }),
  }),
});

builder.queryField('stepTimeLimits', (t) =>
  t.prismaField({
    type: ['StepTimeLimit'],
    description: 'Every step’s time limit, in loop order (ADMIN).',
    resolve: (query, _root, _args, { prisma, viewer }) => {
      requireRole(viewer, 'ADMIN');
      return prisma.stepTimeLimit.findMany({ ...query, orderBy: { step: 'asc' } });
    },
  }),
);

builder.mutationField('setStepTimeLimit', (t) =>
  t.prismaField({
    type: 'StepTimeLimit',
    description:
      'ADMIN: sets a step’s time limit (audited as SET_STEP_TIME_LIMIT with before/after). Running steps keep ' +
      'their deadline. Errors: BAD_REQUEST for HANDLE (set per filing condition) or an amount outside (0, 720].',
    args: {
      step: t.arg({ type: CaseStepEnum, required: true }),
      amount: t.arg.float({ required: true }),
      unit: t.arg({ type: TimeLimitUnitEnum, required: true }),
      reason: t.arg.string(),
    },
    resolve: async (query, _root, { reason, ...input }, context) => {
      await setStepTimeLimit(context.prisma, adminActorOf(context, reason), input);
      return context.prisma.stepTimeLimit.findUniqueOrThrow({ ...query, where: { step: input.step } });
    },
  }),
);
