import { graphqlRequest } from '../../api/graphql-client';
import { graphqlMultipartRequest } from '../../api/graphql-multipart';
import type { OutboxEntry } from './outbox-entry';

const REPORT_CASE_MUTATION = /* GraphQL */ `
  mutation ReportCase($input: ReportCaseInput!) {
    reportCase(input: $input) {
      caseId
      created
      case { id code }
    }
  }
`;

interface ReportCaseAnswer {
  reportCase: { caseId: string; created: boolean; case: { id: string; code: string } };
}

/**
 * Sends one outbox entry as `reportCase`, with its idempotency key: the API answers a repeat of a
 * report it already took with that case (`created: false`), so a send whose answer was lost can
 * simply be sent again. Photos go as a multipart request, each at `variables.input.photos.<n>`.
 * Rejects with a `GraphQLRequestError` (the API's code, or status 0 without network).
 */
export async function submitReport(entry: OutboxEntry): Promise<{ caseId: string; code: string }> {
  const { draft } = entry;
  const input = {
    lng: draft.lng,
    lat: draft.lat,
    categoryId: draft.categoryId,
    filingConditionId: draft.filingConditionId,
    description: draft.description,
    idempotencyKey: entry.id,
    ...(draft.selfHandled && { selfHandled: true, selfHandleNote: draft.description }),
  };
  const answer =
    entry.photos.length === 0
      ? await graphqlRequest<ReportCaseAnswer>(REPORT_CASE_MUTATION, { input })
      : await graphqlMultipartRequest<ReportCaseAnswer>(
          REPORT_CASE_MUTATION,
          { input: { ...input, photos: entry.photos.map(() => null) } },
          entry.photos.map((photo, index) => ({
            path: `variables.input.photos.${index}`,
            file: new File([photo.blob], photo.name, { type: photo.blob.type || 'image/jpeg' }),
          })),
        );
  return { caseId: answer.reportCase.caseId, code: answer.reportCase.case.code };
}
