import { graphqlRequest } from '../../api/graphql-client';
import type { CategoryKind } from './admin-enums';

/** One cell of the 责任矩阵. */
export interface ResponsibilityRule {
  id: number;
  areaCode: string;
  category: { id: number; code: string; name: string; kind: CategoryKind };
  department: { id: number; name: string };
  note: string | null;
  updatedAt: string;
}

export interface RuleFilter {
  categoryId: number | null;
  areaCodePrefix: string;
  departmentId: number | null;
}

const LIMIT = 500;

/** The rules matching the filter (an area code covers every area below it), at most 500. */
export async function fetchRules(filter: RuleFilter, signal: AbortSignal): Promise<ResponsibilityRule[]> {
  const data = await graphqlRequest<{ responsibilityRules: ResponsibilityRule[] }>(
    `query AdminRules($categoryId: Int, $areaCodePrefix: String, $departmentId: Int, $limit: Int) {
      responsibilityRules(categoryId: $categoryId, areaCodePrefix: $areaCodePrefix, departmentId: $departmentId, limit: $limit) {
        id areaCode category { id code name kind } department { id name } note updatedAt
      }
    }`,
    {
      categoryId: filter.categoryId,
      areaCodePrefix: filter.areaCodePrefix.trim() === '' ? null : filter.areaCodePrefix.trim(),
      departmentId: filter.departmentId,
      limit: LIMIT,
    },
    { signal },
  );
  return data.responsibilityRules;
}

/** Routes a class in an area to a department, creating or replacing the rule for (class, area). */
export async function setRule(
  rule: { categoryId: number; areaCode: string; departmentId: number; note: string | null },
  reason: string,
): Promise<void> {
  await graphqlRequest(
    `mutation($categoryId: Int!, $areaCode: String!, $departmentId: Int!, $note: String, $reason: String) {
      setResponsibilityRule(categoryId: $categoryId, areaCode: $areaCode, departmentId: $departmentId, note: $note, reason: $reason) { id }
    }`,
    { ...rule, reason },
  );
}

/** Removes a rule; the next less specific one applies from then on. */
export async function deleteRule(id: number, reason: string): Promise<void> {
  await graphqlRequest('mutation($id: Int!, $reason: String) { deleteResponsibilityRule(id: $id, reason: $reason) }', {
    id,
    reason,
  });
}
