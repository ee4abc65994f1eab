import { graphqlRequest } from '../../api/graphql-client';
import type { Me } from './session-types';

const ME_FIELDS = /* GraphQL */ `
  username
  displayName
  roles
  area {
    code
    name
  }
`;

const ME_QUERY = /* GraphQL */ `query Me { me { ${ME_FIELDS} } }`;

const SIGN_IN_MUTATION = /* GraphQL */ `
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) { me { ${ME_FIELDS} } }
  }
`;

const SIGN_OUT_MUTATION = /* GraphQL */ 'mutation SignOut { signOut }';

/**
 * Who the session cookie belongs to, or null without a valid session. The cookie is httpOnly, so
 * asking the API is the only way the app can know.
 */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  const data = await graphqlRequest<{ me: Me | null }>(ME_QUERY, undefined, { signal });
  return data.me;
}

/** Signs in; the API sets the session cookie on this response. Rejects with the server's code. */
export async function signInWithPassword(username: string, password: string): Promise<Me> {
  const data = await graphqlRequest<{ signIn: { me: Me } }>(SIGN_IN_MUTATION, { username, password });
  return data.signIn.me;
}

/** Ends the session server-side and clears the cookie. */
export async function signOutSession(): Promise<void> {
  await graphqlRequest<{ signOut: boolean }>(SIGN_OUT_MUTATION);
}
