import { type GraphQLVariables, postGraphQL } from './graphql-client';

/** A file and the variable path it fills, e.g. `variables.input.photos.0`. */
export interface UploadAt {
  path: string;
  file: Blob & { name?: string };
}

/**
 * The body of a GraphQL multipart request (the "GraphQL multipart request spec"): `operations` with
 * null where each file goes, `map` from form field to variable paths, then the files in that order.
 * The caller's variables must already hold null (or nothing) at the file paths.
 *
 * @example
 * buildMultipartBody('mutation($f: [File!]) { … }', { f: [null] }, [{ path: 'variables.f.0', file }]);
 */
export function buildMultipartBody(query: string, variables: GraphQLVariables, files: readonly UploadAt[]): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((upload, index) => [String(index), [upload.path]]))));
  files.forEach((upload, index) => {
    form.append(String(index), upload.file, upload.file.name ?? `file-${index}`);
  });
  return form;
}

/**
 * Runs one operation with files. Multipart POSTs are "simple" requests a browser would send from
 * any site without asking, so the API wants the `x-graphql-yoga-csrf` header on them; the browser
 * sets the content type with its boundary, so it must not be set here. Errors as `graphqlRequest`.
 */
export function graphqlMultipartRequest<TData>(
  query: string,
  variables: GraphQLVariables,
  files: readonly UploadAt[],
  options: { signal?: AbortSignal } = {},
): Promise<TData> {
  return postGraphQL<TData>(
    {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
      body: buildMultipartBody(query, variables, files),
    },
    options.signal,
  );
}
