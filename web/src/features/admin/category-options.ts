import type { CategoryKind } from './admin-enums';
import type { MajorCategory } from './category-types';

/** A class as a picker offers it: majors with their minors indented after them. */
export interface CategoryOption {
  id: number;
  kind: CategoryKind;
  code: string;
  name: string;
  isMajor: boolean;
}

/**
 * The tree flattened for a `<select>`, in tree order: a rule may name a major (all its minors) or
 * one minor, so both are offered.
 */
export function categoryOptions(majors: readonly MajorCategory[]): CategoryOption[] {
  return majors.flatMap((major) => [
    { id: major.id, kind: major.kind, code: major.code, name: major.name, isMajor: true },
    ...major.children.map((minor) => ({
      id: minor.id,
      kind: major.kind,
      code: minor.code,
      name: minor.name,
      isMajor: false,
    })),
  ]);
}
