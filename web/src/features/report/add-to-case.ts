import { GraphQLRequestError, graphqlRequest } from '../../api/graphql-client';
import { graphqlMultipartRequest } from '../../api/graphql-multipart';
import type { PreparedPhoto } from './compress-photo';

const CASE_VERSION_QUERY = /* GraphQL */ `
  query CaseVersion($id: ID!) { case(id: $id) { id version } }
`;

const COMMENT_MUTATION = /* GraphQL */ `
  mutation AddToCase($input: CaseActionInput!) { actOnCase(input: $input) { id code version } }
`;

/**
 * Adds what the officer found to an open case of the same class nearby instead of reporting it
 * again: a COMMENT with the note and the photos (officers may comment on open cases in their area).
 * The case's current version is read first; if it moves on in between (STALE_VERSION), once more.
 * Rejects with the API's code otherwise (NOT_FOUND, INVALID_TRANSITION once it closed…).
 */
export async function addToCase(
  caseId: string,
  note: string,
  photos: readonly PreparedPhoto[],
): Promise<{ code: string }> {
  try {
    return await commentOnce(caseId, note, photos);
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'STALE_VERSION')
      return commentOnce(caseId, note, photos);
    throw error;
  }
}

async function commentOnce(caseId: string, note: string, photos: readonly PreparedPhoto[]): Promise<{ code: string }> {
  const { case: current } = await graphqlRequest<{ case: { id: string; version: number } }>(CASE_VERSION_QUERY, {
    id: caseId,
  });
  const input = { caseId, version: current.version, action: 'COMMENT', note };
  if (photos.length === 0) {
    const data = await graphqlRequest<{ actOnCase: { code: string } }>(COMMENT_MUTATION, { input });
    return { code: data.actOnCase.code };
  }
  const data = await graphqlMultipartRequest<{ actOnCase: { code: string } }>(
    COMMENT_MUTATION,
    { input: { ...input, photos: photos.map(() => null) } },
    photos.map((photo, index) => ({
      path: `variables.input.photos.${index}`,
      file: new File([photo.blob], photo.name, { type: photo.blob.type || 'image/jpeg' }),
    })),
  );
  return { code: data.actOnCase.code };
}
