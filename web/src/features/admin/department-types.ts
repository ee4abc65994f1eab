import type { DepartmentType } from './admin-enums';

/** A department as the admin screens list it. */
export interface Department {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  type: DepartmentType;
  area: { code: string; name: string };
  parent: { id: number } | null;
  contactName: string | null;
  contactPhone: string | null;
  isActive: boolean;
}
