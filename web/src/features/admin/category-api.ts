import { graphqlRequest } from '../../api/graphql-client';
import type { CategoryInput } from './category-form';
import type { MajorCategory } from './category-types';
import type { FilingConditionInput } from './filing-condition-form';

const CONDITION_FIELDS = /* GraphQL */ `
  id code description timeLimitAmount timeLimitUnit closingCondition departmentType
  requiresPhoto duplicateRadiusM duplicateWindowHours isActive
`;

const TREE_QUERY = /* GraphQL */ `
  query AdminCategoryTree {
    categories {
      id kind code name nameEn isActive
      children { id code name nameEn isActive conditions { ${CONDITION_FIELDS} } }
    }
  }
`;

/** The whole tree, inactive classes and conditions included (an admin edits those too). */
export async function fetchCategoryTree(signal: AbortSignal): Promise<MajorCategory[]> {
  const data = await graphqlRequest<{ categories: MajorCategory[] }>(TREE_QUERY, undefined, { signal });
  return data.categories;
}

/** Creates a class (`create`) or edits one (`update`, the input carrying its id). */
export async function saveCategory(input: CategoryInput, reason: string): Promise<void> {
  const mutation =
    input.mode === 'create'
      ? 'mutation($input: CreateCategoryInput!, $reason: String) { createCategory(input: $input, reason: $reason) { id } }'
      : 'mutation($input: UpdateCategoryInput!, $reason: String) { updateCategory(input: $input, reason: $reason) { id } }';
  await graphqlRequest(mutation, { input: input.fields, reason });
}

/** Creates a filing condition under a minor class, or edits one. */
export async function saveFilingCondition(input: FilingConditionInput, reason: string): Promise<void> {
  const mutation =
    input.mode === 'create'
      ? `mutation($input: CreateFilingConditionInput!, $reason: String) {
          createFilingCondition(input: $input, reason: $reason) { id } }`
      : `mutation($input: UpdateFilingConditionInput!, $reason: String) {
          updateFilingCondition(input: $input, reason: $reason) { id } }`;
  await graphqlRequest(mutation, { input: input.fields, reason });
}
