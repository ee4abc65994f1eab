import type { GraphQLResponse } from '../graphql-request.js';

export interface UploadLayerRequest {
  layer: string;
  crs: string;
  fileName: string;
  bytes: Uint8Array;
  dryRun?: boolean;
  /** Session token sent as a bearer header; none for an anonymous request. */
  token?: string;
}

const importLayerMutation = `
  mutation ($layer: LayerKind!, $file: File!, $crs: InputCrs!, $dryRun: Boolean) {
    importLayer(layer: $layer, file: $file, crs: $crs, dryRun: $dryRun) {
      ok dryRun format featureCount errorCount written retired layerImportId
      errors { featureIndex code problem message }
    }
  }`;

/**
 * Sends importLayer as a browser or script would: a GraphQL multipart request (operations, map,
 * then the file part) with the CSRF header that multipart requests need.
 */
export async function uploadLayer<T>(
  baseUrl: string,
  request: UploadLayerRequest,
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const form = new FormData();
  const variables = { layer: request.layer, crs: request.crs, dryRun: request.dryRun ?? false, file: null };
  form.set('operations', JSON.stringify({ query: importLayerMutation, variables }));
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([new Uint8Array(request.bytes)]), request.fileName);
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'x-graphql-yoga-csrf': '1', ...(request.token ? { authorization: `Bearer ${request.token}` } : {}) },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}
