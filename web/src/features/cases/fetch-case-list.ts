import { graphqlRequest } from '../../api/graphql-client';
import type { CaseQueue } from './case-enums';
import type { CaseRow } from './case-types';

/** The fields of a queue row; the panel loads the rest when a case is opened. */
export const CASE_ROW_FIELDS = /* GraphQL */ `
  id
  code
  status
  version
  address
  gridCode
  category {
    name
    nameEn
  }
  step
  light
  stepDeadlineAt
`;

const CASE_LIST_QUERY = /* GraphQL */ `
  query CaseList($queue: CaseQueue!, $filter: CaseFilter, $first: Int!, $after: ID) {
    cases(queue: $queue, filter: $filter, first: $first, after: $after) {
      ${CASE_ROW_FIELDS}
    }
  }
`;

export interface CaseListRequest {
  queue: CaseQueue;
  /** Words of a code, address or description; blank for none. */
  search: string;
  first: number;
  /** The id of the last case already shown (keyset paging). */
  after?: string | undefined;
}

/**
 * One page of a work queue, soonest deadline first (the API's order). Fewer rows than `first`
 * means the queue has no more.
 */
export async function fetchCaseList(request: CaseListRequest, signal?: AbortSignal): Promise<CaseRow[]> {
  const search = request.search.trim();
  const data = await graphqlRequest<{ cases: CaseRow[] }>(
    CASE_LIST_QUERY,
    {
      queue: request.queue,
      filter: search === '' ? null : { search },
      first: request.first,
      after: request.after ?? null,
    },
    { signal },
  );
  return data.cases;
}
