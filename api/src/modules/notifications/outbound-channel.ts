import type { CaseStep } from '@gridloop/prisma';
import type { StepLight } from './escalation-recipients.js';

/** A notification as outbound channels receive it: self-contained, ids as strings. */
export interface OutboundNotification {
  id: string;
  userId: number;
  username: string;
  kind: 'STEP_YELLOW' | 'STEP_RED';
  caseId: number | null;
  caseCode: string | null;
  step: CaseStep | null;
  light: StepLight | null;
  deadlineAt: string | null;
  titleZh: string;
  titleEn: string;
  createdAt: string;
}

/**
 * Somewhere notifications go besides the in-app list (a webhook, later SMS or a messaging app).
 * `deliver` throws when the batch was not accepted; the queue then retries the job with backoff,
 * so a channel must tolerate receiving a batch twice (the ids let receivers drop repeats).
 */
export interface OutboundChannel {
  /** Stable: jobs name the channel they deliver to. */
  name: string;
  deliver(notifications: readonly OutboundNotification[]): Promise<void>;
}
