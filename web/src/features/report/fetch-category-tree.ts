import { graphqlRequest } from '../../api/graphql-client';
import type { CategoryTreeMajor } from './category-choices';

const CATEGORY_TREE_QUERY = /* GraphQL */ `
  query ReportCategories {
    categories(activeOnly: true) {
      kind
      code
      name
      nameEn
      children(activeOnly: true) {
        id
        code
        name
        nameEn
        conditions(activeOnly: true) {
          id
          code
          description
          requiresPhoto
        }
      }
    }
  }
`;

/** The active catalog, majors → minors → filing conditions, in one round trip. */
export async function fetchCategoryTree(signal?: AbortSignal): Promise<CategoryTreeMajor[]> {
  const data = await graphqlRequest<{ categories: CategoryTreeMajor[] }>(CATEGORY_TREE_QUERY, undefined, { signal });
  return data.categories;
}
