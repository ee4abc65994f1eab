import type { GraphQLContext } from '../../graphql/context.js';
import { requireRole } from '../auth/require-role.js';
import { optionalText } from './admin-input.js';

/** Who changes reference data, when and why: what every admin service writes into its audit event. */
export interface AdminActor {
  actorId: number;
  /** From the request's clock, so the audit row agrees with the change it describes. */
  now: Date;
  /** The admin's own words, optional but kept with the change. */
  reason: string | null;
}

const maxReasonLength = 500;

/**
 * The acting admin for a mutation: FORBIDDEN (or UNAUTHENTICATED) before anything is read or
 * written, and the reason checked once here so every service records it the same way.
 */
export function adminActorOf(context: Pick<GraphQLContext, 'viewer' | 'clock'>, reason?: string | null): AdminActor {
  const admin = requireRole(context.viewer, 'ADMIN');
  return {
    actorId: admin.userId,
    now: context.clock.now(),
    reason: optionalText(reason, 'reason', maxReasonLength) ?? null,
  };
}
