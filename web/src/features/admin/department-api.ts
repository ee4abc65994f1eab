import { graphqlRequest } from '../../api/graphql-client';
import type { DepartmentInput } from './department-form';
import type { Department } from './department-types';

/** Every department, inactive ones included, by code. */
export async function fetchDepartments(signal: AbortSignal): Promise<Department[]> {
  const data = await graphqlRequest<{ departments: Department[] }>(
    `query AdminDepartments {
      departments { id code name nameEn type area { code name } parent { id } contactName contactPhone isActive }
    }`,
    undefined,
    { signal },
  );
  return data.departments;
}

export async function saveDepartment(input: DepartmentInput, reason: string): Promise<void> {
  const mutation =
    input.mode === 'create'
      ? 'mutation($input: CreateDepartmentInput!, $reason: String) { createDepartment(input: $input, reason: $reason) { id } }'
      : 'mutation($input: UpdateDepartmentInput!, $reason: String) { updateDepartment(input: $input, reason: $reason) { id } }';
  await graphqlRequest(mutation, { input: input.fields, reason });
}
