import type { CaseAction, CaseState, Role } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import type { Viewer } from '../auth/viewer.js';
import { actionsFrom, type CaseTransition, findTransition } from './case-status.js';

export interface AuthorizedTransition {
  transition: CaseTransition;
  /** The role the actor acts in (recorded on the event): the first of theirs the transition accepts. */
  actingRole: Role;
}

type CaseFacts = Pick<CaseState, 'status' | 'checkPassed' | 'selfHandled' | 'reporterId' | 'pendingRequest'>;

/**
 * Decides whether `viewer` may make `action` on a case they can see, from its current facts. Pure:
 * the rules of §2.4 beyond the bare transition list live here — requests wait for their decision,
 * a check happens once per handling, a case closes only after a passed check (or self-handling),
 * only the reporter self-handles. Throws the coded error the actor can act on.
 */
export function authorizeTransition(action: CaseAction, facts: CaseFacts, viewer: Viewer): AuthorizedTransition {
  const transition = findTransition(action, facts.status);
  if (!transition) throw invalidTransition(action, facts);
  const actingRole = transition.roles.find((role) => viewer.roles.includes(role));
  if (!actingRole) {
    throw new DomainError('FORBIDDEN', `${action} needs one of the roles ${transition.roles.join(', ')}.`, {
      roles: transition.roles,
    });
  }
  assertRequestRules(transition, facts);
  assertCheckRules(action, facts);
  if (action === 'SELF_HANDLE' && facts.reporterId !== viewer.userId) {
    throw new DomainError('FORBIDDEN', 'Only the officer who reported a case may self-handle it.');
  }
  return { transition, actingRole };
}

function assertRequestRules(transition: CaseTransition, facts: CaseFacts): void {
  const pending = facts.pendingRequest;
  if (transition.decidesRequest) {
    if (pending?.kind !== transition.decidesRequest) {
      throw new DomainError('NO_PENDING_REQUEST', `No ${transition.decidesRequest} request waits on this case.`, {
        pendingKind: pending?.kind ?? null,
      });
    }
    return;
  }
  // Anything that moves the case, or asks for something new, waits until the open request is decided.
  const movesOrAsks = transition.opensRequest !== undefined || transition.from !== transition.to;
  if (pending && movesOrAsks) {
    throw new DomainError('REQUEST_PENDING', `A ${pending.kind} request waits on this case; decide it first.`, {
      pendingKind: pending.kind,
    });
  }
}

function assertCheckRules(action: CaseAction, facts: CaseFacts): void {
  const checkDone = facts.checkPassed || facts.selfHandled;
  if ((action === 'CHECK_PASS' || action === 'CHECK_FAIL') && checkDone) {
    throw new DomainError(
      'INVALID_TRANSITION',
      facts.selfHandled ? 'A self-handled case needs no on-site check.' : 'The check of this handling already passed.',
      { status: facts.status, allowedActions: ['CLOSE'] },
    );
  }
  if (action === 'CLOSE' && !checkDone) {
    throw new DomainError('CHECK_REQUIRED', 'The case closes after an officer’s on-site check (核查) passes.');
  }
}

function invalidTransition(action: CaseAction, facts: CaseFacts): DomainError {
  const allowedActions = facts.status ? actionsFrom(facts.status) : [];
  return new DomainError('INVALID_TRANSITION', `A case in status ${facts.status} cannot ${action}.`, {
    status: facts.status,
    allowedActions,
  });
}
