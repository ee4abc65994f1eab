import { graphqlRequest } from '../../api/graphql-client';
import { graphqlMultipartRequest } from '../../api/graphql-multipart';
import type { CaseDetail } from './case-types';
import { CASE_DETAIL_FIELDS } from './fetch-case-detail';

const ACT_ON_CASE_MUTATION = /* GraphQL */ `
  mutation ActOnCase($input: CaseActionInput!) {
    actOnCase(input: $input) {
      ${CASE_DETAIL_FIELDS}
    }
  }
`;

/**
 * Sends one step of the loop and returns the case as it is afterwards. With photos the request is
 * multipart (the GraphQL multipart request spec), each file at `variables.input.photos.<n>`;
 * without, plain JSON. Rejects with the API's code (STALE_VERSION, INVALID_TRANSITION…).
 */
export async function actOnCase(input: Record<string, unknown>, photos: readonly File[] = []): Promise<CaseDetail> {
  if (photos.length === 0) {
    const data = await graphqlRequest<{ actOnCase: CaseDetail }>(ACT_ON_CASE_MUTATION, { input });
    return data.actOnCase;
  }
  const variables = { input: { ...input, photos: photos.map(() => null) } };
  const files = photos.map((file, index) => ({ path: `variables.input.photos.${index}`, file }));
  const data = await graphqlMultipartRequest<{ actOnCase: CaseDetail }>(ACT_ON_CASE_MUTATION, variables, files);
  return data.actOnCase;
}
