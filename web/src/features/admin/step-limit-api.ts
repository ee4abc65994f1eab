import { graphqlRequest } from '../../api/graphql-client';
import type { CaseStep, TimeLimitUnit } from '../cases/case-enums';

export interface StepTimeLimit {
  step: CaseStep;
  amount: number;
  unit: TimeLimitUnit;
  updatedAt: string;
}

/** Every step's limit but 处置 (set per filing condition), in loop order. */
export async function fetchStepTimeLimits(signal: AbortSignal): Promise<StepTimeLimit[]> {
  const data = await graphqlRequest<{ stepTimeLimits: StepTimeLimit[] }>(
    'query AdminStepLimits { stepTimeLimits { step amount unit updatedAt } }',
    undefined,
    { signal },
  );
  return data.stepTimeLimits;
}

/** Sets one step's limit; running steps keep the deadline they started with. */
export async function setStepTimeLimit(
  limit: { step: CaseStep; amount: number; unit: TimeLimitUnit },
  reason: string,
): Promise<void> {
  await graphqlRequest(
    `mutation($step: CaseStep!, $amount: Float!, $unit: TimeLimitUnit!, $reason: String) {
      setStepTimeLimit(step: $step, amount: $amount, unit: $unit, reason: $reason) { step }
    }`,
    { ...limit, reason },
  );
}
