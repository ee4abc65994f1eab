import { graphqlRequest } from '../../api/graphql-client';
import type { Role } from '../auth/session-types';
import type { DuplicateCandidate } from './case-types';

const DUPLICATE_CANDIDATES_QUERY = /* GraphQL */ `
  query DuplicateCandidates($lng: Float!, $lat: Float!, $filingConditionId: Int!) {
    duplicateCandidates(lng: $lng, lat: $lat, filingConditionId: $filingConditionId) {
      id
      code
      status
      distanceM
      reportedAt
    }
  }
`;

/** The roles the API answers `duplicateCandidates` for (intake and the dispatch center). */
const ROLES_SEEING_CANDIDATES: readonly Role[] = ['OFFICER', 'OPERATOR', 'SHIFT_LEADER', 'DISPATCHER'];

export function canSeeDuplicateCandidates(roles: readonly Role[]): boolean {
  return roles.some((role) => ROLES_SEEING_CANDIDATES.includes(role));
}

/**
 * Open cases of the same class near a case's point (nearest first, at most 5), without the case
 * itself, which is one of them while it is open.
 */
export async function fetchDuplicateCandidates(
  of: { id: string; lng: number; lat: number; filingConditionId: number },
  signal?: AbortSignal,
): Promise<DuplicateCandidate[]> {
  const data = await graphqlRequest<{ duplicateCandidates: DuplicateCandidate[] }>(
    DUPLICATE_CANDIDATES_QUERY,
    { lng: of.lng, lat: of.lat, filingConditionId: of.filingConditionId },
    { signal },
  );
  return data.duplicateCandidates.filter((candidate) => candidate.id !== of.id);
}
