import type { CaseStep, PrismaClient, TimeLimitUnit } from '@gridloop/prisma';
import type { AdminActor } from './admin-actor.js';
import { badRequest, requirePositiveAmount } from './admin-input.js';
import { changesBetween, recordAdminChange } from './record-admin-change.js';
import { withDbErrors } from './translate-db-error.js';

export interface SetStepTimeLimitInput {
  step: CaseStep;
  amount: number;
  unit: TimeLimitUnit;
}

/**
 * Sets the time limit of one step (accept, file, dispatch, verify, check, close, approve). HANDLE has
 * none here: each filing condition carries its own. Steps already running keep the deadline they
 * started with.
 */
export async function setStepTimeLimit(
  prisma: PrismaClient,
  actor: AdminActor,
  input: SetStepTimeLimitInput,
): Promise<void> {
  if (input.step === 'HANDLE') {
    badRequest('step', 'The handling limit (处置时限) is set per filing condition, not here.');
  }
  const amount = requirePositiveAmount(input.amount, 'amount', 720);
  await withDbErrors(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.stepTimeLimit.findUnique({ where: { step: input.step } });
      const after = { amount, unit: input.unit };
      const changes = changesBetween(before ? { amount: before.amount, unit: before.unit } : {}, after);
      if (Object.keys(changes.after).length === 0) return;
      await tx.stepTimeLimit.upsert({
        where: { step: input.step },
        create: { step: input.step, ...after },
        update: after,
      });
      await recordAdminChange(tx, actor, {
        action: 'SET_STEP_TIME_LIMIT',
        entityType: 'step_time_limit',
        entityId: input.step,
        details: before ? changes : { after },
      });
    }),
  );
}
