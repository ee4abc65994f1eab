import { graphqlRequest } from '../../api/graphql-client';
import type { Role } from '../auth/session-types';
import type { UserInput } from './user-form';

/** A user as admins manage them (never a password hash). */
export interface UserAccount {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  area: { code: string; name: string };
  department: { id: number; name: string } | null;
  beatCode: string | null;
  isActive: boolean;
}

const LIMIT = 1000;

export async function fetchUsers(filter: { role: Role | null; activeOnly: boolean }, signal: AbortSignal) {
  const data = await graphqlRequest<{ userAccounts: UserAccount[] }>(
    `query AdminUsers($role: Role, $activeOnly: Boolean, $limit: Int) {
      userAccounts(role: $role, activeOnly: $activeOnly, limit: $limit) {
        id username displayName roles area { code name } department { id name } beatCode isActive
      }
    }`,
    { ...filter, limit: LIMIT },
    { signal },
  );
  return data.userAccounts;
}

export async function saveUser(input: UserInput, reason: string): Promise<void> {
  const mutation =
    input.mode === 'create'
      ? 'mutation($input: CreateUserInput!, $reason: String) { createUser(input: $input, reason: $reason) { id } }'
      : 'mutation($input: UpdateUserInput!, $reason: String) { updateUser(input: $input, reason: $reason) { id } }';
  await graphqlRequest(mutation, { input: input.fields, reason });
}

/** Sets a new password and ends the user's sessions. */
export async function resetPassword(id: number, password: string, reason: string): Promise<void> {
  await graphqlRequest(
    'mutation($id: Int!, $password: String!, $reason: String) { setUserPassword(id: $id, password: $password, reason: $reason) }',
    {
      id,
      password,
      reason,
    },
  );
}

/** Deactivates a user and ends their sessions. */
export async function deactivateUser(id: number, reason: string): Promise<void> {
  await graphqlRequest('mutation($id: Int!, $reason: String) { deactivateUser(id: $id, reason: $reason) { id } }', {
    id,
    reason,
  });
}
