import { graphqlRequest } from '../../api/graphql-client';
import type { CaseDetail } from './case-types';
import { CASE_ROW_FIELDS } from './fetch-case-list';

const PHOTO_FIELDS = 'id thumbnailUrl url width height';

/** Everything the case panel shows; `actOnCase` answers with the same, so the panel updates at once. */
export const CASE_DETAIL_FIELDS = /* GraphQL */ `
  ${CASE_ROW_FIELDS}
  source
  description
  lng
  lat
  beatCode
  category { name nameEn parent { name nameEn } }
  filingCondition { id description timeLimitAmount timeLimitUnit requiresPhoto }
  community { name }
  street { name }
  reporterName
  reporterContact
  reportedAt
  department { id name nameEn }
  suggestedDepartment { id name nameEn }
  stepWarnAt
  reworkCount
  mergedInto { id code }
  duplicates { id code status }
  photos { ${PHOTO_FIELDS} }
  events {
    id action fromStatus toStatus actorName actorRole note occurredAt metDeadline
    department { id name nameEn }
    photos { ${PHOTO_FIELDS} }
  }
  pendingRequests { id kind reason requestedAt extraAmount decideBy }
  availableActions
`;

const CASE_DETAIL_QUERY = /* GraphQL */ `
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ${CASE_DETAIL_FIELDS}
    }
  }
`;

/** One case with its timeline, photos and what the viewer may do; NOT_FOUND outside their scope. */
export async function fetchCaseDetail(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  const data = await graphqlRequest<{ case: CaseDetail }>(CASE_DETAIL_QUERY, { id }, { signal });
  return data.case;
}
