// Test data only: the catalog every deployment is seeded with, read from the API's seed so the
// picker's tests follow it (the app itself gets the catalog over HTTP, never from here).
import { standardCatalog } from '../../../../api/src/seed/catalog/standard-catalog.js';
import { type CategoryTreeMajor, toCategoryChoices } from './category-choices';

/** Every seeded class name, majors and minors (Chinese). */
export const seededCategoryNames: readonly string[] = standardCatalog.flatMap((major) => [
  major.name,
  ...major.minors.map((minor) => minor.name),
]);

/** The seeded tree as the `categories` query returns it, with made-up ids (1, 2, … in catalog order). */
export function seededCategoryTree(): CategoryTreeMajor[] {
  let nextId = 1;
  return standardCatalog.map((major) => ({
    kind: major.kind,
    code: major.code,
    name: major.name,
    nameEn: major.nameEn,
    children: major.minors.map((minor) => ({
      id: nextId++,
      code: minor.code,
      name: minor.name,
      nameEn: minor.nameEn,
      conditions: minor.conditions.map((condition) => ({
        id: nextId++,
        code: condition.code,
        description: condition.description,
        requiresPhoto: condition.requiresPhoto,
      })),
    })),
  }));
}

/** The seeded catalog as the picker's choices. */
export const seededChoices = toCategoryChoices(seededCategoryTree());
