import { graphqlRequest } from '../../api/graphql-client';
import type { DepartmentRef } from './case-types';

const DEPARTMENTS_QUERY = /* GraphQL */ `
  query Departments {
    departments(activeOnly: true) {
      id
      name
      nameEn
    }
  }
`;

/** The active departments a case can be dispatched to, by code. */
export async function fetchDepartments(signal?: AbortSignal): Promise<DepartmentRef[]> {
  const data = await graphqlRequest<{ departments: DepartmentRef[] }>(DEPARTMENTS_QUERY, undefined, { signal });
  return data.departments;
}
