import type { GraphQLResponse } from './graphql-request.js';

export interface UploadFile {
  name: string;
  type: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * POSTs one operation with files per the GraphQL multipart request spec: `operations` (with null
 * where each file goes), `map` (form field → variable paths), then the files. `files` maps a variable
 * path such as `variables.input.photos.0` to the file sent there.
 */
export async function graphqlMultipart<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  files: Record<string, UploadFile>,
  bearer: string,
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables }));
  const paths = Object.keys(files);
  form.append('map', JSON.stringify(Object.fromEntries(paths.map((path, index) => [String(index), [path]]))));
  paths.forEach((path, index) => {
    const file = files[path] as UploadFile;
    form.append(String(index), new Blob([file.bytes], { type: file.type }), file.name);
  });
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    // Multipart requests are "simple" to browsers, so yoga's CSRF guard wants this header.
    headers: { authorization: `Bearer ${bearer}`, 'x-graphql-yoga-csrf': '1' },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}
