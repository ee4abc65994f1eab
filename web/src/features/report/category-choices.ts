import { pinyinInitials } from './pinyin-initials';

export type CategoryKind = 'COMPONENT' | 'EVENT';

/** One 立案条件 an officer can report under. */
export interface ConditionChoice {
  id: number;
  code: string;
  description: string;
  requiresPhoto: boolean;
}

/**
 * A minor class (小类) as the picker offers it: the unit an officer searches for, with its major
 * class for context and its filing conditions to choose from.
 */
export interface CategoryChoice {
  id: number;
  /** Kind + 4-digit code: minor codes repeat between 部件 and 事件. */
  key: string;
  kind: CategoryKind;
  code: string;
  name: string;
  nameEn: string | null;
  majorName: string;
  majorNameEn: string | null;
  /** Pinyin initials of the name, for `sgrm` → 施工扰民. */
  initials: string;
  conditions: ConditionChoice[];
}

/** The `categories` tree as the report screen asks for it (active majors, minors, conditions). */
export interface CategoryTreeMajor {
  kind: CategoryKind;
  code: string;
  name: string;
  nameEn: string | null;
  children: {
    id: number;
    code: string;
    name: string;
    nameEn: string | null;
    conditions: ConditionChoice[];
  }[];
}

/**
 * Flattens the tree into the minors an officer can pick, in catalog order (events first: they are
 * most of what officers report), dropping minors without an active filing condition.
 *
 * @example toCategoryChoices([{ kind: 'EVENT', code: '03', name: '施工管理', children: [{ name: '施工扰民', … }] }])
 * // [{ key: 'EVENT-0301', name: '施工扰民', majorName: '施工管理', initials: 'sgrm', … }]
 */
export function toCategoryChoices(majors: readonly CategoryTreeMajor[]): CategoryChoice[] {
  const ordered = [...majors].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.code.localeCompare(b.code));
  return ordered.flatMap((major) =>
    major.children
      .filter((minor) => minor.conditions.length > 0)
      .map((minor) => ({
        id: minor.id,
        key: `${major.kind}-${minor.code}`,
        kind: major.kind,
        code: minor.code,
        name: minor.name,
        nameEn: minor.nameEn,
        majorName: major.name,
        majorNameEn: major.nameEn,
        initials: pinyinInitials(minor.name),
        conditions: minor.conditions,
      })),
  );
}

function kindOrder(kind: CategoryKind): number {
  return kind === 'EVENT' ? 0 : 1;
}
