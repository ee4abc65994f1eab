import type { TimeLimitUnit } from '../cases/case-enums';
import type { CategoryKind, DepartmentType } from './admin-enums';

/** 立案条件 as the admin screens read it. */
export interface FilingCondition {
  id: number;
  code: string;
  description: string;
  timeLimitAmount: number;
  timeLimitUnit: TimeLimitUnit;
  closingCondition: string;
  departmentType: DepartmentType | null;
  requiresPhoto: boolean;
  duplicateRadiusM: number;
  duplicateWindowHours: number;
  isActive: boolean;
}

/** A minor class (小类) with its filing conditions. */
export interface MinorCategory {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  isActive: boolean;
  conditions: FilingCondition[];
}

/** A major class (大类) of one kind with its minors: the tree's first level. */
export interface MajorCategory {
  id: number;
  kind: CategoryKind;
  code: string;
  name: string;
  nameEn: string | null;
  isActive: boolean;
  children: MinorCategory[];
}
